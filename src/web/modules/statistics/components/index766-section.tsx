import { Card, Col, Empty, Row, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Index766, Index766Unit } from '../../../api/reports';
import type { ChartOption } from '../../../ui/echart';
import { LazyEChart as EChart } from '../../../ui/lazy-echart';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import type { RankingKind } from '../utils/index766-views';
import { groupShare, rankings, wrapLabel } from '../utils/index766-views';
import { formatScore } from '../utils/format-figures';
import { useIndex766History } from '../hooks/use-statistics-data';
import type { DrillTarget } from './drill-down-drawer';
import { Index766HistoryChart } from './index766-history-chart';
import { RankingTable } from './ranking-table';
import { GroupTable, SubIndexTable } from './sub-index-table';

export type Index766SectionProps = {
  data: Index766 | undefined;
  loading: boolean;
  error: unknown;
  reload: () => void;
  onDrill: (target: DrillTarget) => void;
};

const SELECTED = '#a8071a';
const BAR = '#1f6feb';

/** Decision 766: rankings of departments and communes with a bar chart of totals, a radar of group points, and the sub-indices of the chosen unit. */
export function Index766Section({ data, loading, error, reload, onDrill }: Index766SectionProps) {
  const { t, lang, formatDate, collator } = useI18n();
  const errorText = useErrorText();
  const lists = useMemo(() => rankings(data?.units ?? [], collator.compare), [data, collator]);
  const [tab, setTab] = useState<RankingKind | undefined>();
  const [selectedId, setSelectedId] = useState<string>();
  const history = useIndex766History(data?.unit.code, data?.to);
  const activeTab: RankingKind = tab ?? (lists.departments.length === 0 && lists.communes.length > 0 ? 'communes' : 'departments');
  const self = data?.units.find((u) => u.role === 'self');
  const selected = data?.units.find((u) => u.id === selectedId) ?? self;
  const listed = lists[activeTab];
  const nameOf = (u: Pick<Index766Unit, 'name' | 'nameEn'>) => (lang === 'en' && u.nameEn ? u.nameEn : u.name);

  const totalsOption = useMemo<ChartOption>(() => ({
    grid: { left: 48, right: 16, top: 24, bottom: listed.length > 12 ? 110 : 80 },
    tooltip: { trigger: 'axis', valueFormatter: (value) => formatScore(Number(value), lang) },
    xAxis: {
      type: 'category', data: listed.map(nameOf),
      axisLabel: { rotate: 40, interval: 0, width: 120, overflow: 'truncate', fontSize: 11 },
    },
    yAxis: { type: 'value', max: Math.max(1, ...listed.map((u) => u.totalMax)), axisLabel: { formatter: (v: number) => formatScore(v, lang) } },
    dataZoom: listed.length > 25 ? [{ type: 'inside', startValue: 0, endValue: 24 }, { type: 'slider', height: 16, bottom: 4, startValue: 0, endValue: 24 }] : [],
    series: [{
      type: 'bar', name: t('statistics.i766.total'),
      data: listed.map((u) => ({ value: u.total, itemStyle: { color: u.id === selected?.id ? SELECTED : BAR } })),
      barMaxWidth: 28,
    }],
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }), [listed, selected?.id, lang, t]);

  const radarOption = useMemo<ChartOption | undefined>(() => {
    if (!selected || selected.groups.length === 0) return undefined;
    const average = selected.groups.map((g) => {
      const shares = listed.map((u) => u.groups.find((x) => x.code === g.code)).filter((x) => x && x.points !== null)
        .map((x) => groupShare(x!.points, x!.max)!);
      return shares.length ? Math.round((shares.reduce((a, b) => a + b, 0) / shares.length) * 100) / 100 : 0;
    });
    return {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      radar: {
        indicator: selected.groups.map((g) => ({ name: wrapLabel(`${g.code}. ${lang === 'vi' ? g.name : g.nameEn}`, 18), max: 100 })),
        radius: '50%', center: ['50%', '50%'], axisName: { color: '#434343', fontSize: 11 },
      },
      series: [{
        type: 'radar',
        data: [
          { name: nameOf(selected), value: selected.groups.map((g) => groupShare(g.points, g.max) ?? 0), itemStyle: { color: SELECTED }, areaStyle: { opacity: 0.15 } },
          ...(listed.length > 0 ? [{ name: t('statistics.i766.average'), value: average, itemStyle: { color: BAR }, lineStyle: { type: 'dashed' as const } }] : []),
        ],
      }],
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, listed, lang, t]);

  return (
    <Card title={<h2 className="cchc-card-title">{t('statistics.i766.title')}</h2>} style={{ marginBottom: 16 }} loading={loading && !data && error === undefined}
      data-testid="i766-section">
      {error !== undefined && <ErrorAlert message={errorText(error)} retry={{ label: t('common.retry'), onClick: reload }} />}
      {data && (
        <>
          <Typography.Paragraph type="secondary">
            {t('statistics.i766.definition', { id: data.definition.id, date: formatDate(data.definition.validFrom), from: formatDate(data.previous.from), to: formatDate(data.previous.to) })}
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={11}>
              <Tabs activeKey={activeTab} onChange={(key) => setTab(key as RankingKind)} items={(['departments', 'communes'] as const).map((kind) => ({
                key: kind,
                label: `${t(`statistics.i766.${kind}`)} (${lists[kind].length})`,
                children: <RankingTable units={lists[kind]} selectedId={selected?.id} onSelect={(u) => setSelectedId(u.id)} data-testid={`i766-ranking-${kind}`} />,
              }))} />
            </Col>
            <Col xs={24} xl={13}>
              {listed.length > 0 ? (
                <EChart option={totalsOption} height={420} ariaLabel={t('statistics.i766.chartTotals')} data-testid="i766-chart-totals"
                  onClick={(event) => { const u = listed[event.dataIndex]; if (u) setSelectedId(u.id); }} />
              ) : <Empty description={t('statistics.i766.noUnits')} />}
            </Col>
          </Row>
          {selected && (
            <>
              <Typography.Title level={3} className="cchc-section-title">
                {t('statistics.i766.subIndices', { unit: nameOf(selected) })} — {formatScore(selected.total, lang)} / {formatScore(selected.totalMax, lang)}
              </Typography.Title>
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={10}>
                  <Typography.Text type="secondary">{t('statistics.i766.chartGroups')}</Typography.Text>
                  {radarOption && <EChart option={radarOption} height={320} ariaLabel={t('statistics.i766.chartGroups')} data-testid="i766-chart-groups" />}
                </Col>
                <Col xs={24} lg={14}>
                  <GroupTable groups={selected.groups} />
                </Col>
              </Row>
              {history.data && (
                <>
                  <Typography.Text type="secondary">{t('statistics.i766.history', { unit: nameOf(selected) })}</Typography.Text>
                  <Index766HistoryChart history={history.data} code={selected.code} name={nameOf(selected)} />
                </>
              )}
              <SubIndexTable subIndices={selected.subIndices} onOpen={(s) => onDrill({
                kind: '766', unit: selected.code, unitName: nameOf(selected), from: data.from, to: data.to, subIndex: s.code, name: lang === 'vi' ? s.name : s.nameEn,
              })} />
            </>
          )}
        </>
      )}
    </Card>
  );
}
