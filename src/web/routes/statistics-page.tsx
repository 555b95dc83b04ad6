import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { Ii06aFigure } from '../api/reports';
import { ii06aDocxUrl, ii06aXlsxUrl } from '../api/reports';
import { useErrorText } from '../modules/i18n/hooks/use-error-text';
import { todayInProvince } from '../modules/i18n/utils/format-date';
import { useI18n } from '../modules/i18n/hooks/use-i18n';
import type { DrillTarget } from '../modules/statistics/components/drill-down-drawer';
import { DrillDownDrawer } from '../modules/statistics/components/drill-down-drawer';
import { Ii06aTable } from '../modules/statistics/components/ii06a-table';
import { Index766Section } from '../modules/statistics/components/index766-section';
import { OverviewCards } from '../modules/statistics/components/overview-cards';
import { StatisticsToolbar } from '../modules/statistics/components/statistics-toolbar';
import { TrendChart } from '../modules/statistics/components/trend-chart';
import { useReportPeriod } from '../modules/statistics/hooks/use-report-period';
import { useReportUnits } from '../modules/statistics/hooks/use-report-units';
import type { ReportRequest } from '../modules/statistics/hooks/use-statistics-data';
import { useIi06a, useIndex766, useTrend } from '../modules/statistics/hooks/use-statistics-data';
import { useStatisticsParams } from '../modules/statistics/hooks/use-statistics-params';
import { ErrorAlert } from '../ui/error-alert';
import { PageHeader } from '../ui/page-header';

/**
 * /statistics — Thống kê, báo cáo: a unit and a period, the overview cards, form II.06a (every number lists its
 * dossiers), the Decision 766 rankings and sub-indices, and the 12-month trend.
 */
export function StatisticsPage() {
  const { t, formatDate, formatDateTime } = useI18n();
  const errorText = useErrorText();
  const [params, update] = useStatisticsParams();
  const units = useReportUnits();
  const unitCode = params.unit ?? units.defaultUnit?.code;
  const period = useReportPeriod(params);
  const request: ReportRequest = useMemo(
    () => (unitCode && period.data ? { unit: unitCode, from: period.data.from, to: period.data.to } : undefined),
    [unitCode, period.data],
  );
  const report = useIi06a(request);
  const index = useIndex766(request);
  const today = todayInProvince();
  const trend = useTrend(unitCode, period.data ? (period.data.to > today ? today : period.data.to) : undefined);
  const [drill, setDrill] = useState<DrillTarget>();

  const openFigure = useCallback((figure: Ii06aFigure, field?: { code: string; name: string }) => {
    if (request) setDrill({ kind: 'ii06a', ...request, figure, field: field?.code, fieldName: field?.name });
  }, [request]);

  const self = index.data?.units.find((u) => u.role === 'self');
  const digitised = self?.subIndices.find((s) => s.code === '4.2');
  const periodLabel = period.data ? (period.data.label ?? t('statistics.customLabel', { from: formatDate(period.data.from), to: formatDate(period.data.to) })) : undefined;
  const setupError = units.error ?? period.error;

  return (
    <>
      <PageHeader title={t('statistics.title')} description={t('statistics.lead')} />
      <StatisticsToolbar params={params} update={update} units={units.units} unitsLoading={units.loading} unitCode={unitCode} period={period.data} />
      {setupError !== undefined && (
        <ErrorAlert message={errorText(setupError)} retry={{ label: t('common.retry'), onClick: units.error !== undefined ? units.reload : period.reload }} />
      )}
      {!units.loading && units.error === undefined && !unitCode && <Alert type="info" showIcon title={t('statistics.unitPlaceholder')} style={{ marginBottom: 16 }} />}
      {report.error !== undefined && <ErrorAlert message={errorText(report.error)} retry={{ label: t('common.retry'), onClick: report.reload }} />}
      <OverviewCards figures={report.data?.total} loading={report.loading && report.error === undefined} digitised={digitised}
        digitisedLoading={index.loading && index.error === undefined} onFigure={(figure) => openFigure(figure)} />
      <Card
        style={{ marginBottom: 16 }}
        title={<h2 className="cchc-card-title">{t('statistics.ii06a.title')}</h2>}
        extra={request && (
          <>
            <Button size="small" icon={<FileExcelOutlined aria-hidden />} href={ii06aXlsxUrl(request)} download data-testid="ii06a-xlsx">
              {t('statistics.export.xlsx')}
            </Button>{' '}
            <Button size="small" icon={<FileWordOutlined aria-hidden />} href={ii06aDocxUrl({ ...request, periodLabel })} download data-testid="ii06a-docx">
              {t('statistics.export.docx')}
            </Button>
          </>
        )}
        loading={report.loading && !report.data && report.error === undefined}
      >
        {report.data && (
          <>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {report.data.unit.name} — {t('statistics.ii06a.caption')}{' '}
              {t('statistics.generatedAt', { at: formatDateTime(report.data.generatedAt) })}
            </Typography.Paragraph>
            {report.data.total.received === 0 && report.data.rows.length === 0
              ? <Empty description={t('statistics.empty')} />
              : <Ii06aTable report={report.data} onCell={openFigure} />}
          </>
        )}
      </Card>
      <Index766Section data={index.data} loading={index.loading} error={index.error} reload={index.reload} onDrill={setDrill} />
      <TrendChart points={trend.data} loading={trend.loading} error={trend.error} reload={trend.reload} />
      <DrillDownDrawer target={drill} onClose={() => setDrill(undefined)} />
    </>
  );
}
