import { Checkbox, Form, Select, Table, Tag } from 'antd';
import type { ComponentStatus, ProcedureComponent } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { COMPONENT_STATUSES } from '../utils/dossier-labels';

export type ComponentChecklistProps = {
  components: ProcedureComponent[];
  /** `desk`: a status per component; `citizen`: a tick for what they hand in ("Đã nộp"), the rest missing. */
  mode: 'desk' | 'citizen';
  testIdPrefix: string;
};

/** The procedure version's components, each with how it was provided; values under `components.<code>` in the form. */
export function ComponentChecklist({ components, mode, testIdPrefix }: ComponentChecklistProps) {
  const { t } = useI18n();
  return (
    <Table<ProcedureComponent>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={components}
      locale={{ emptyText: t('intake.noComponents') }}
      columns={[
        { key: 'name', title: t('intake.component'),
          render: (_, c) => (
            <span id={`${testIdPrefix}-component-label-${c.code}`}>
              {c.name}{' '}
              {c.required ? <Tag color="red">{t('intake.required')}</Tag> : <Tag>{t('intake.optional')}</Tag>}
              {c.copies > 0 && <small className="cchc-muted-text">{t('intake.copies', { n: c.copies })}</small>}
              {c.form && <div className="cchc-muted-text" style={{ fontSize: 12 }}>{t('intake.formOf', { form: c.form })}</div>}
            </span>
          ) },
        { key: 'status', title: t('intake.componentStatus'), width: mode === 'desk' ? 230 : 120,
          render: (_, c) => mode === 'desk' ? (
            <Form.Item name={['components', c.code]} noStyle>
              <Select<ComponentStatus> style={{ width: '100%' }} aria-labelledby={`${testIdPrefix}-component-label-${c.code}`}
                data-testid={`${testIdPrefix}-component-${c.code}`}
                options={COMPONENT_STATUSES.map((status) => ({ value: status, label: t(`dossiers.component.${status}`) }))} />
            </Form.Item>
          ) : (
            <Form.Item name={['components', c.code]} noStyle
              getValueProps={(status: ComponentStatus | undefined) => ({ checked: status !== undefined && status !== 'missing' })}
              getValueFromEvent={(event: { target: { checked: boolean } }) => (event.target.checked ? 'submitted' : 'missing')}>
              <Checkbox aria-labelledby={`${testIdPrefix}-component-label-${c.code}`} data-testid={`${testIdPrefix}-component-${c.code}`}>
                {t('dossiers.component.submitted')}
              </Checkbox>
            </Form.Item>
          ) },
      ]}
    />
  );
}

