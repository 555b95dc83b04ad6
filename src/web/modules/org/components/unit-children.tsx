import { Table, Tag } from 'antd';
import type { OrgUnitDetail } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { LEVEL_COLOURS } from '../utils/levels';
import { UnitLink } from './unit-link';

type Props = { rows: OrgUnitDetail['children']; onOpenUnit: (id: string) => void };

/** Units that hang (or hung) under this one, with their periods. */
export function UnitChildren({ rows, onOpenUnit }: Props) {
  const { t, formatDate, collator } = useI18n();
  const sorted = [...rows].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <>
      <h3 className="cchc-section-title">{t('org.children', { count: rows.length })}</h3>
      <Table
        size="small"
        rowKey="id"
        dataSource={sorted}
        pagination={sorted.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
        locale={{ emptyText: t('org.noChildren') }}
        columns={[
          { key: 'name', title: t('org.name'), render: (_, row) => <UnitLink unit={row} onOpen={onOpenUnit} /> },
          { key: 'level', title: t('org.level'), width: 130, render: (_, row) => <Tag color={LEVEL_COLOURS[row.level]}>{t(`org.level.${row.level}`)}</Tag> },
          {
            key: 'period', title: t('org.period'), width: 190,
            render: (_, row) => t('org.fromTo', { from: formatDate(row.validFrom), to: row.validTo ? formatDate(row.validTo) : t('org.present') }),
          },
        ]}
      />
    </>
  );
}
