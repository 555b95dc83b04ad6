import { Table } from 'antd';
import type { OrgUnitDetail } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { UnitLink } from './unit-link';

type Props = { detail: OrgUnitDetail; onOpenUnit: (id: string) => void };

const byValidFrom = <T extends { validFrom: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => a.validFrom.localeCompare(b.validFrom));

/** Names over time and parents over time, oldest first. */
export function UnitHistory({ detail, onOpenUnit }: Props) {
  const { t, formatDate } = useI18n();
  const period = (row: { validFrom: string; validTo: string | null }) =>
    t('org.fromTo', { from: formatDate(row.validFrom), to: row.validTo ? formatDate(row.validTo) : t('org.present') });
  return (
    <>
      <h3 className="cchc-section-title">{t('org.namesOverTime')}</h3>
      <Table
        size="small"
        pagination={false}
        rowKey={(row) => `${row.validFrom}-${row.name}`}
        dataSource={byValidFrom(detail.names)}
        locale={{ emptyText: t('common.none') }}
        columns={[
          { key: 'name', title: t('org.name'), dataIndex: 'name' },
          { key: 'period', title: t('org.period'), render: (_, row) => period(row), width: 210 },
        ]}
      />
      <h3 className="cchc-section-title">{t('org.parentsOverTime')}</h3>
      <Table
        size="small"
        pagination={false}
        rowKey={(row) => `${row.validFrom}-${row.parentId}`}
        dataSource={byValidFrom(detail.parents)}
        locale={{ emptyText: t('org.noParents') }}
        columns={[
          {
            key: 'parent', title: t('org.parent'),
            render: (_, row) => <UnitLink unit={{ id: row.parentId, code: row.parentCode, name: row.parentName }} onOpen={onOpenUnit} />,
          },
          { key: 'period', title: t('org.period'), render: (_, row) => period(row), width: 210 },
        ]}
      />
    </>
  );
}
