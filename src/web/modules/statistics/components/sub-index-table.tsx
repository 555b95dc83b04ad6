import { Button, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Index766Group, Index766SubIndex } from '../../../api/reports';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatCount, formatPercent, formatScore } from '../utils/format-figures';
import { groupShare } from '../utils/index766-views';

export type SubIndexTableProps = {
  subIndices: Index766SubIndex[];
  onOpen: (subIndex: Index766SubIndex) => void;
};

/** The sub-indices of one unit: numerator / denominator, rate, points out of the maximum, threshold; N/A with its reason. */
export function SubIndexTable({ subIndices, onOpen }: SubIndexTableProps) {
  const { t, lang } = useI18n();
  const columns: TableColumnsType<Index766SubIndex> = [
    { key: 'code', title: t('statistics.i766.code'), dataIndex: 'code', width: 56 },
    {
      key: 'name', title: t('statistics.i766.name'), width: 420, render: (_, s) => (
        <>
          <div>{lang === 'vi' ? s.name : s.nameEn}</div>
          {s.status === 'na' && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{lang === 'vi' ? s.reason : s.reasonEn}</Typography.Text>}
        </>
      ),
    },
    {
      key: 'ratio', title: t('statistics.i766.ratio'), align: 'right', width: 130,
      render: (_, s) => (s.numerator === null && s.denominator === null ? '—' : `${formatCount(s.numerator, lang)} / ${formatCount(s.denominator, lang)}`),
    },
    {
      key: 'rate', title: t('statistics.i766.rate'), align: 'right', width: 100,
      render: (_, s) => (s.status === 'na' ? <Tag>{t('statistics.i766.na')}</Tag> : formatPercent(s.rate, lang)),
    },
    {
      key: 'points', title: t('statistics.i766.points'), align: 'right', width: 90,
      render: (_, s) => `${formatScore(s.points, lang)} / ${formatScore(s.max, lang)}`,
    },
    { key: 'threshold', title: t('statistics.i766.threshold'), align: 'right', width: 80, render: (_, s) => (s.threshold === null ? '—' : formatPercent(s.threshold, lang)) },
    {
      key: 'open', title: '', width: 100, render: (_, s) => (
        <Button size="small" type="link" onClick={() => onOpen(s)} data-testid={`i766-open-${s.code}`}
          aria-label={`${t('statistics.i766.open')}: ${s.code} ${lang === 'vi' ? s.name : s.nameEn}`}>
          {t('statistics.i766.open')}
        </Button>
      ),
    },
  ];
  return (
    <Table<Index766SubIndex> size="small" rowKey="code" columns={columns} dataSource={subIndices} pagination={false} scroll={{ x: 'max-content' }}
      style={{ marginTop: 16 }} data-testid="i766-subindices" />
  );
}

/** The indicator groups of one unit: points out of the maximum and the share of it. */
export function GroupTable({ groups }: { groups: Index766Group[] }) {
  const { t, lang } = useI18n();
  const columns: TableColumnsType<Index766Group> = [
    { key: 'code', title: t('statistics.i766.code'), dataIndex: 'code', width: 56 },
    { key: 'name', title: t('statistics.i766.group'), render: (_, g) => (lang === 'vi' ? g.name : g.nameEn) },
    {
      key: 'points', title: t('statistics.i766.points'), align: 'right', width: 110,
      render: (_, g) => (g.status === 'na' ? <Tag>{t('statistics.i766.na')}</Tag> : `${formatScore(g.points, lang)} / ${formatScore(g.max, lang)}`),
    },
    { key: 'share', title: t('statistics.i766.share'), align: 'right', width: 100, render: (_, g) => formatPercent(groupShare(g.points, g.max), lang) },
  ];
  return <Table<Index766Group> size="small" rowKey="code" columns={columns} dataSource={groups} pagination={false} data-testid="i766-groups" />;
}
