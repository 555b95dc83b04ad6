import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { ENTRY_KINDS } from '../utils/day-kinds';
import type { EntryValues, SourceValues } from '../utils/schedule-values';
import { newEntry } from '../utils/schedule-values';
import { SourceFields } from './source-fields';

export type ScheduleEntriesTableProps = {
  year: number;
  /** The row the server's last error was about (highlighted). */
  errorRow?: number;
  /** The year's document, which a new row cites by default. */
  yearSource: () => SourceValues | undefined;
};

/** The special days of a year as editable rows; rows keep their order, so the server's `entries[i]` is row i + 1. */
export function ScheduleEntriesTable({ year, errorRow, yearSource }: ScheduleEntriesTableProps) {
  const { t } = useI18n();
  const [focusRow, setFocusRow] = useState<number>();
  const required = { required: true, whitespace: true, message: t('common.required') };
  const row = (name: number) => t('schedules.row', { n: name + 1 });
  const cell = { style: { marginBottom: 0 } };
  return (
    <Form.List name="entries">
      {(fields, { add, remove }) => (
        <>
          <Table
            dataSource={fields}
            rowKey="key"
            size="small"
            pagination={false}
            scroll={{ x: 1060 }}
            locale={{ emptyText: t('schedules.emptyEntries') }}
            rowClassName={(field) => (field.name === errorRow ? 'cchc-row-error' : '')}
            onRow={(field) => ({ 'data-testid': `schedule-entry-${field.name}` } as HTMLAttributes<HTMLElement>)}
            columns={[
              { key: 'n', title: '#', width: 48, render: (_, field) => field.name + 1 },
              {
                key: 'date', title: t('schedules.date'), width: 170,
                render: (_, field) => (
                  <Form.Item {...cell} name={[field.name, 'date']} rules={[required, ({ getFieldValue }) => ({
                    validator: (_rule, value: string) => {
                      if (value && !value.startsWith(`${year}-`)) return Promise.reject(new Error(t('schedules.dateNotInYear', { year })));
                      const same = (getFieldValue('entries') as EntryValues[]).filter((entry) => entry?.date === value).length;
                      return value && same > 1 ? Promise.reject(new Error(t('schedules.duplicateDate'))) : Promise.resolve();
                    },
                  })]}>
                    <Input type="date" min={`${year}-01-01`} max={`${year}-12-31`} aria-label={`${t('schedules.date')} — ${row(field.name)}`}
                      autoFocus={field.name === focusRow} data-testid={`schedule-entry-${field.name}-date`} />
                  </Form.Item>
                ),
              },
              {
                key: 'kind', title: t('schedules.kind'), width: 190,
                render: (_, field) => (
                  <Form.Item {...cell} name={[field.name, 'kind']} rules={[{ required: true, message: t('common.required') }]}>
                    <Select aria-label={`${t('schedules.kind')} — ${row(field.name)}`} data-testid={`schedule-entry-${field.name}-kind`}
                      options={ENTRY_KINDS.map((kind) => ({ value: kind, label: t(`calendar.kind.${kind}`) }))} />
                  </Form.Item>
                ),
              },
              {
                key: 'reason', title: t('schedules.reasons'), width: 300,
                render: (_, field) => (['reason', 'reasonEn'] as const).map((key) => (
                  <Form.Item key={key} style={{ marginBottom: key === 'reason' ? 4 : 0 }} name={[field.name, key]} rules={[required]}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} lang={key === 'reason' ? 'vi' : 'en'}
                      placeholder={t(key === 'reason' ? 'schedules.reasonVi' : 'schedules.reasonEn')}
                      aria-label={`${t(key === 'reason' ? 'schedules.reasonVi' : 'schedules.reasonEn')} — ${row(field.name)}`}
                      data-testid={`schedule-entry-${field.name}-${key === 'reason' ? 'reason' : 'reason-en'}`} />
                  </Form.Item>
                )),
              },
              {
                key: 'source', title: t('schedules.entrySource'), width: 300,
                render: (_, field) => <SourceFields compact name={[field.name, 'source']} rowLabel={row(field.name)} testIdPrefix={`schedule-entry-${field.name}-source`} />,
              },
              {
                key: 'remove', title: <span className="cchc-sr-only">{t('common.actions')}</span>, width: 56, fixed: 'right',
                render: (_, field) => (
                  <Button danger type="text" icon={<DeleteOutlined aria-hidden />} aria-label={t('schedules.removeEntry', { n: field.name + 1 })}
                    onClick={() => { setFocusRow(undefined); remove(field.name); }} data-testid={`schedule-entry-${field.name}-remove`} />
                ),
              },
            ]}
          />
          <Button icon={<PlusOutlined aria-hidden />} style={{ marginTop: 8 }} data-testid="schedule-add-entry"
            onClick={() => { setFocusRow(fields.length); add(newEntry(yearSource())); }}>
            {t('schedules.addEntry')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
