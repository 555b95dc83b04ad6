import { Button, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Index766Unit } from '../../../api/reports';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatScore } from '../utils/format-figures';
import { rankChangeView } from '../utils/index766-views';

export type RankingTableProps = {
  units: Index766Unit[];
  selectedId: string | undefined;
  onSelect: (unit: Index766Unit) => void;
  'data-testid'?: string;
};

/** One Decision 766 ranking: rank, unit, total score out of its maximum, and the move since the previous period. */
export function RankingTable({ units, selectedId, onSelect, ...rest }: RankingTableProps) {
  const { t, lang } = useI18n();
  const columns: TableColumnsType<Index766Unit> = [
    { key: 'rank', title: t('statistics.i766.rank'), dataIndex: 'rank', width: 64, align: 'center', render: (rank: number | null) => rank ?? '—' },
    {
      key: 'unit', title: t('statistics.i766.unit'), render: (_, unit) => (
        <Button type="link" size="small" className="cchc-unit-link" onClick={() => onSelect(unit)} aria-pressed={unit.id === selectedId}>
          {lang === 'en' && unit.nameEn ? unit.nameEn : unit.name}
        </Button>
      ),
    },
    {
      key: 'total', title: t('statistics.i766.total'), align: 'right', width: 110,
      render: (_, unit) => (unit.totalMax === 0 ? <Typography.Text type="secondary" title={t('statistics.i766.na')}>—</Typography.Text>
        : <span className="cchc-num">{formatScore(unit.total, lang)}<Typography.Text type="secondary"> / {formatScore(unit.totalMax, lang)}</Typography.Text></span>),
    },
    {
      key: 'change', title: t('statistics.i766.change'), align: 'center', width: 90, render: (_, unit) => {
        const view = rankChangeView(unit.rankChange);
        if (view.tone === 'none') return <Typography.Text type="secondary">—</Typography.Text>;
        const label = view.tone === 'up' ? t('statistics.i766.changeUp', { steps: view.steps })
          : view.tone === 'down' ? t('statistics.i766.changeDown', { steps: view.steps }) : t('statistics.i766.changeSame');
        return (
          <span className={`cchc-rank-${view.tone}`} title={label} aria-label={label}>
            {view.symbol}{view.steps > 0 ? ` ${view.steps}` : ''}
          </span>
        );
      },
    },
  ];
  return (
    <Table<Index766Unit>
      size="small" rowKey="id" columns={columns} dataSource={units} pagination={false} scroll={{ y: 360 }}
      rowClassName={(unit) => (unit.id === selectedId ? 'cchc-row-selected' : '')}
      onRow={(unit) => ({ onClick: () => onSelect(unit) })}
      locale={{ emptyText: t('statistics.i766.noUnits') }}
      {...rest}
    />
  );
}
