import { Button, Card, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AgencyTask, DossierActionType, DossierDetails } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { useUnitNames } from '../hooks/use-unit-names';
import { formatAppointment } from '../utils/dossier-time';
import { ActionDialog } from './action-dialog';

const STATUS_COLOR: Record<AgencyTask['status'], string> = { pending: 'default', open: 'blue', done_on_time: 'green', done_late: 'red', cancelled: 'default' };

export type DossierAgencyTasksProps = {
  dossier: DossierDetails;
  onDone: (type: DossierActionType, next: DossierDetails) => void;
  onReload: () => void;
};

/**
 * The agencies' steps of an inter-agency procedure (Decree 61/2018 Art. 19(6)): one after another for a paper dossier,
 * all at once for an electronic one; each with its own appointment and on-time result, and a button for the officers of
 * the step's unit to record that it is done.
 */
export function DossierAgencyTasks({ dossier, onDone, onReload }: DossierAgencyTasksProps) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  const [taskId, setTaskId] = useState<string>();
  const tasks = dossier.tasks ?? [];
  if (tasks.length === 0) return null;
  return (
    <Card title={<h2 className="cchc-card-title">{t('tasks.title')}</h2>} style={{ marginTop: 16 }}
      extra={<Typography.Text type="secondary">{t(`tasks.mode.${tasks[0].mode}`)}</Typography.Text>}>
      <Table<AgencyTask> size="small" pagination={false} rowKey="id" dataSource={tasks} data-testid="dossier-agency-tasks"
        rowClassName={(task) => `cchc-task-${task.status}`}
        columns={[
          { title: '#', width: 40, render: (_, task) => task.seq + 1 },
          { title: t('tasks.step'), render: (_, task) => (
            <>
              <div><strong>{task.name}</strong></div>
              <Typography.Text type="secondary">{unitName(task.unitId)}</Typography.Text>
              {task.note && <div><Typography.Text italic>{task.note}</Typography.Text></div>}
            </>
          ) },
          { title: t('tasks.workingDays'), width: 90, render: (_, task) => t('tasks.days', { n: task.workingDays.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN') }) },
          { title: t('tasks.dueAt'), render: (_, task) => (task.dueAt ? formatAppointment(task.dueAt, lang) : '—') },
          { title: t('tasks.status'), render: (_, task) => (
            <>
              <Tag color={task.overdue ? 'red' : STATUS_COLOR[task.status]} data-testid={`task-status-${task.seq}`}>{t(`tasks.status.${task.status}`)}</Tag>
              {task.overdue && <Tag color="red">{t('tasks.overdue')}</Tag>}
              {task.completedAt && <div><Typography.Text type="secondary">{t('tasks.completedAt', { date: formatAppointment(task.completedAt, lang), name: task.completedByName ?? '' })}</Typography.Text></div>}
            </>
          ) },
          { title: '', render: (_, task) => task.mayComplete && (
            <Button type="primary" size="small" onClick={() => setTaskId(task.id)} data-testid={`task-complete-${task.seq}`}>{t('tasks.complete')}</Button>
          ) },
        ]} />
      <ActionDialog type={taskId ? 'task_completed' : undefined} dossier={dossier} initialValues={{ taskId }}
        onClose={() => setTaskId(undefined)} onReload={onReload}
        onDone={(type, next) => { setTaskId(undefined); onDone(type, next); }} />
    </Card>
  );
}
