import { Card, DatePicker, Flex, Form, InputNumber, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import type { PeriodPreset } from '../../../api/reports';
import type { OrgUnit } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import type { MessageKey } from '../../i18n/utils/catalogs';
import { matchesQuery } from '../../org/utils/fold-diacritics';
import type { StatisticsParams } from '../hooks/use-statistics-params';
import type { ResolvedPeriod } from '../hooks/use-report-period';
import { PERIOD_CHOICES, pickerFor } from '../utils/period-ranges';

export type StatisticsToolbarProps = {
  params: StatisticsParams;
  update: (change: Partial<StatisticsParams>) => void;
  units: OrgUnit[];
  unitsLoading: boolean;
  unitCode: string | undefined;
  period: ResolvedPeriod | null | undefined;
};

const ISO = 'YYYY-MM-DD';

/** The unit picker (the user's scope), the period preset with its reference month / quarter / year, or a free range. */
export function StatisticsToolbar({ params, update, units, unitsLoading, unitCode, period }: StatisticsToolbarProps) {
  const { t, lang, formatDate } = useI18n();
  const unitOptions = useMemo(() => units.map((unit) => ({
    value: unit.code,
    label: `${lang === 'en' && unit.nameEn ? unit.nameEn : unit.name} (${unit.code})`,
    search: `${unit.name} ${unit.nameEn ?? ''} ${unit.code}`,
  })), [units, lang]);
  const presetOptions = PERIOD_CHOICES.map((choice) => ({ value: choice, label: t(`statistics.preset.${choice}` as MessageKey) }));
  const preset = params.preset;
  const referenceFormat = (picker: 'month' | 'quarter' | 'year') =>
    picker === 'month' ? 'MM/YYYY' : picker === 'quarter' ? (lang === 'vi' ? '[Quý] Q/YYYY' : '[Q]Q YYYY') : 'YYYY';
  const label = period && (lang === 'vi' ? period.label : period.labelEn);
  // Cut-off labels already name their dates ("tháng 3 năm 2026 (số liệu từ ngày 15/02/2026 …)").
  const summary = period && (label && label.includes(formatDate(period.from)) ? t('statistics.periodOnly', { label })
    : t('statistics.periodSummary', {
      label: label ?? t('statistics.customLabel', { from: formatDate(period.from), to: formatDate(period.to) }),
      from: formatDate(period.from), to: formatDate(period.to),
    }));
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Typography.Title level={2} className="cchc-sr-only">{t('statistics.filters')}</Typography.Title>
      <Form layout="inline" style={{ rowGap: 8 }}>
        <Form.Item label={t('statistics.unit')} htmlFor="stats-unit">
          <Select<string, (typeof unitOptions)[number]>
            id="stats-unit" data-testid="stats-unit" style={{ width: 340 }} loading={unitsLoading} value={unitCode}
            placeholder={t('statistics.unitPlaceholder')} options={unitOptions} popupMatchSelectWidth={false}
            showSearch={{ filterOption: (input, option) => matchesQuery(input, [option?.search]) }}
            onChange={(code) => update({ unit: code })}
          />
        </Form.Item>
        <Form.Item label={t('statistics.period')} htmlFor="stats-preset">
          <Select
            id="stats-preset" data-testid="stats-preset" style={{ width: 300 }} value={preset} options={presetOptions} popupMatchSelectWidth={false}
            listHeight={400}
            onChange={(choice) => update(choice === 'custom' && period ? { preset: choice, from: period.from, to: period.to } : { preset: choice })}
          />
        </Form.Item>
        {preset === 'custom' ? (
          <Form.Item label={t('statistics.range')}>
            <DatePicker.RangePicker
              data-testid="stats-range" format="DD/MM/YYYY" allowClear={false}
              value={params.from && params.to ? [dayjs(params.from), dayjs(params.to)] : null}
              onChange={(range) => { if (range?.[0] && range[1]) update({ from: range[0].format(ISO), to: range[1].format(ISO) }); }}
            />
          </Form.Item>
        ) : (
          <>
            {preset === 'first_months' && (
              <Form.Item label={t('statistics.months')} htmlFor="stats-months">
                <InputNumber id="stats-months" min={1} max={12} value={params.months} style={{ width: 80 }}
                  onChange={(value) => { if (typeof value === 'number') update({ months: value }); }} />
              </Form.Item>
            )}
            <Form.Item label={t('statistics.reference')} htmlFor="stats-reference">
              <DatePicker
                id="stats-reference" data-testid="stats-reference" allowClear={false} picker={pickerFor(preset as PeriodPreset)}
                format={referenceFormat(pickerFor(preset as PeriodPreset))} value={dayjs(params.date)}
                onChange={(value: Dayjs | null) => { if (value) update({ date: value.format(ISO) }); }}
              />
            </Form.Item>
          </>
        )}
      </Form>
      {summary && (
        <Flex style={{ marginTop: 8 }}>
          <Typography.Text strong data-testid="stats-period">{summary}</Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
