import { Card } from 'antd';
import { useMemo } from 'react';
import type { ChartOption } from '../../../ui/echart';
import { LazyEChart as EChart } from '../../../ui/lazy-echart';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import type { TrendPoint } from '../hooks/use-statistics-data';
import { formatCount, formatPercent, percentOf } from '../utils/format-figures';

export type TrendChartProps = { points: TrendPoint[] | undefined; loading: boolean; error: unknown; reload: () => void };

/** Received in each of the last 12 months (bars) and the on-time rate of the month's resolved dossiers (line). */
export function TrendChart({ points, loading, error, reload }: TrendChartProps) {
  const { t, lang } = useI18n();
  const errorText = useErrorText();
  const option = useMemo<ChartOption | undefined>(() => points && {
    grid: { left: 56, right: 56, top: 40, bottom: 32 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => (value === null || value === undefined || value === '-' ? '—' : String(value)),
    },
    xAxis: { type: 'category', data: points.map((p) => `${p.month.slice(5)}/${p.month.slice(0, 4)}`) },
    yAxis: [
      { type: 'value', name: t('statistics.trend.received'), nameTextStyle: { align: 'left' }, axisLabel: { formatter: (v: number) => formatCount(v, lang) } },
      { type: 'value', name: '%', min: 0, max: 100, axisLabel: { formatter: (v: number) => `${v}%` } },
    ],
    series: [
      { type: 'bar', name: t('statistics.trend.received'), data: points.map((p) => p.received), itemStyle: { color: '#1f6feb' }, barMaxWidth: 32 },
      {
        type: 'line', name: t('statistics.trend.onTime'), yAxisIndex: 1, itemStyle: { color: '#389e0d' }, connectNulls: false,
        data: points.map((p) => {
          const rate = percentOf(p.onTime, p.resolved);
          return rate === null ? '-' : Math.round(rate * 100) / 100;
        }),
        tooltip: { valueFormatter: (value) => (typeof value === 'number' ? formatPercent(value, lang) : '—') },
      },
    ],
  }, [points, lang, t]);
  return (
    <Card title={<h2 className="cchc-card-title">{t('statistics.trend.title')}</h2>} style={{ marginBottom: 16 }} loading={loading && !points && error === undefined}>
      {error !== undefined && <ErrorAlert message={errorText(error)} retry={{ label: t('common.retry'), onClick: reload }} />}
      {option && <EChart option={option} height={300} ariaLabel={t('statistics.trend.aria')} data-testid="stats-trend" />}
    </Card>
  );
}
