import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { DossierDetails } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { appointmentOf, formatAppointment } from '../utils/dossier-time';
import { timeLimitText } from '../utils/time-limit';
import { StatusTag } from './status-tag';

export type DossierHeaderProps = { dossier: DossierDetails; extra?: ReactNode };

/** Code, status, procedure and step; the appointment in force, the original and the re-dated one; overdue and apology flags. */
export function DossierHeader({ dossier: d, extra }: DossierHeaderProps) {
  const { t, lang, formatDateTime } = useI18n();
  const due = appointmentOf(d);
  return (
    <Card>
      <Flex justify="space-between" align="flex-start" wrap gap={16}>
        <div style={{ minWidth: 0, flex: '1 1 420px' }}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }} className="cchc-mono" data-testid="dossier-code">{d.code}</Typography.Title>
            <StatusTag status={d.status} code={d.statusCode} testId="dossier-status" />
            {d.overdue && <Tag color="red" data-testid="dossier-overdue">{t('dossiers.overdue')}</Tag>}
            {d.pendingExtension && <Tag color="orange" data-testid="dossier-pending-apology">{t('dossiers.pendingApology')}</Tag>}
            {d.outsideBoundary && <Tag>{t('dossier.outsideBoundary')}</Tag>}
          </Flex>
          <Typography.Paragraph style={{ margin: '8px 0 0' }}>
            <span className="cchc-mono">{d.procedure.code}</span> — {d.procedure.name}
          </Typography.Paragraph>
          {d.step && <Typography.Text type="secondary">{t('dossier.step', { n: d.step.index + 1, total: d.procedure.steps.length, name: d.step.name })}</Typography.Text>}
        </div>
        {extra && <Flex gap={8} wrap>{extra}</Flex>}
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginTop: 16 }} items={[
        { key: 'due', label: t('dossier.dueInForce'), children: (
          <Typography.Text data-testid="dossier-due" className={d.overdue ? 'cchc-overdue' : undefined} strong>
            {due ? formatAppointment(due, lang) : t('dossiers.noAppointment')}
          </Typography.Text>
        ) },
        { key: 'original', label: t('dossier.originalDue'), children: formatAppointment(d.originalDueAt, lang) || '—' },
        { key: 'extended', label: t('dossier.extendedDue'), children: d.extendedDueAt ? formatAppointment(d.extendedDueAt, lang) : '—' },
        { key: 'received', label: t('dossier.receivedAt'), children: formatDateTime(d.receivedAt) || '—' },
        { key: 'limit', label: t('intake.timeLimit'), children: timeLimitText(d.procedure.timeLimit, t, lang) },
        { key: 'channel', label: t('dossiers.channel'), children: t(`dossiers.channel.${d.channel}`) },
        ...(d.pendingExtension ? [{ key: 'pending', label: t('dossiers.pendingApology'),
          children: t('dossier.pendingExtension', { date: formatAppointment(d.pendingExtension.newDueAt, lang), reason: d.pendingExtension.reason }) }] : []),
        ...(d.endedAt ? [{ key: 'ended', label: t('dossier.endedAt'), children: formatDateTime(d.endedAt) }] : []),
        ...(d.resultNote ? [{ key: 'note', label: t('dossier.resultNote'), children: d.resultNote }] : []),
      ]} />
    </Card>
  );
}
