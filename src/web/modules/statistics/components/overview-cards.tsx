import { Button, Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Ii06aFigure, Ii06aFigures, Index766SubIndex } from '../../../api/reports';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatCount, formatPercent, onlineRate, onTimeRate } from '../utils/format-figures';

export type OverviewCardsProps = {
  figures: Ii06aFigures | undefined;
  loading: boolean;
  /** Sub-index 4.2 (digitised dossiers) of the unit itself, undefined while unknown. */
  digitised: Index766SubIndex | undefined;
  digitisedLoading: boolean;
  onFigure: (figure: Ii06aFigure) => void;
};

type CardSpec = { key: string; title: string; value: string; hint: ReactNode; figure?: Ii06aFigure; tone?: 'bad'; loading: boolean };

/** The unit's period at a glance: received, resolved, on-time rate, overdue now, online rate, digitised rate. */
export function OverviewCards({ figures: f, loading, digitised, digitisedLoading, onFigure }: OverviewCardsProps) {
  const { t, lang } = useI18n();
  const cards: CardSpec[] = [
    {
      key: 'received', title: t('statistics.cards.received'), value: formatCount(f?.received, lang), figure: 'received', loading,
      hint: f && t('statistics.cards.receivedHint', { online: formatCount(f.receivedOnline, lang), carried: formatCount(f.carriedOver, lang) }),
    },
    {
      key: 'resolved', title: t('statistics.cards.resolved'), value: formatCount(f?.resolved, lang), figure: 'resolved', loading,
      hint: f && t('statistics.cards.resolvedHint', { late: formatCount(f.resolvedLate, lang) }),
    },
    { key: 'onTime', title: t('statistics.cards.onTime'), value: formatPercent(f && onTimeRate(f), lang), hint: t('statistics.cards.onTimeHint'), loading },
    {
      key: 'overdue', title: t('statistics.cards.overdue'), value: formatCount(f?.inProgressOverdue, lang), figure: 'inProgressOverdue',
      hint: t('statistics.cards.overdueHint'), tone: f && f.inProgressOverdue > 0 ? 'bad' : undefined, loading,
    },
    { key: 'online', title: t('statistics.cards.online'), value: formatPercent(f && onlineRate(f), lang), hint: t('statistics.cards.onlineHint'), loading },
    {
      key: 'digitised', title: t('statistics.cards.digitised'), loading: digitisedLoading,
      value: formatPercent(digitised?.status === 'ok' ? digitised.rate : null, lang),
      hint: digitised?.status === 'na' ? (lang === 'vi' ? digitised.reason : digitised.reasonEn) : t('statistics.cards.digitisedHint'),
    },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="stats-overview">
      {cards.map((card) => (
        <Col key={card.key} xs={12} md={8} xl={4}>
          <Card size="small" style={{ height: '100%' }} data-testid={`stats-card-${card.key}`}>
            <Statistic
              title={card.title}
              value={card.value}
              loading={card.loading}
              styles={{ content: { color: card.tone === 'bad' ? '#a8071a' : undefined, fontVariantNumeric: 'tabular-nums' } }}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>{card.hint}</Typography.Text>
            {card.figure && f && (
              <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onFigure(card.figure!)}>{t('statistics.cards.open')}</Button>
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
