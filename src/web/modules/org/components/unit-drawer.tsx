import { Button, Drawer, Skeleton } from 'antd';
import { useMemo } from 'react';
import type { LocalDate } from '../../../api/types';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { useUnitDetail } from '../hooks/use-unit-detail';
import { lineageOf } from '../utils/lineage';
import { UnitChildren } from './unit-children';
import { UnitEvents } from './unit-events';
import { UnitHistory } from './unit-history';
import { UnitSummary } from './unit-summary';

export type UnitDrawerProps = {
  unitId?: string;
  asOf: LocalDate;
  /** Whether the unit is valid on `asOf`; if not, the panel offers to show the tree on the unit's first day. */
  inTree: boolean;
  onClose: () => void;
  onOpenUnit: (id: string) => void;
  onShowOn: (date: LocalDate, id: string) => void;
};

/** The side panel for one unit: details, names and parents over time, events, children. */
export function UnitDrawer({ unitId, asOf, inTree, onClose, onOpenUnit, onShowOn }: UnitDrawerProps) {
  const { t, lang } = useI18n();
  const errorText = useErrorText();
  const { data: detail, error, loading, reload } = useUnitDetail(unitId, asOf);
  const lineage = useMemo(() => (detail ? lineageOf(detail.unit.id, detail.events) : undefined), [detail]);
  const current = detail && detail.unit.id === unitId ? detail : undefined;
  const title = current ? (lang === 'en' && current.unit.nameEn ? current.unit.nameEn : current.unit.name) : t('org.unitDetails');

  return (
    <Drawer
      open={Boolean(unitId)}
      onClose={onClose}
      title={title}
      size={560}
      closable={{ 'aria-label': t('common.close') }}
      data-testid="org-unit-drawer"
      extra={current && !inTree && (
        <Button size="small" onClick={() => onShowOn(current.unit.validFrom, current.unit.id)}>
          {t('org.showOnDate')}
        </Button>
      )}
    >
      {error !== undefined && <ErrorAlert message={errorText(error)} retry={{ label: t('common.retry'), onClick: reload }} />}
      {loading && !current && <Skeleton active paragraph={{ rows: 8 }} />}
      {current && lineage && (
        <div aria-busy={loading}>
          <UnitSummary detail={current} lineage={lineage} onOpenUnit={onOpenUnit} />
          <UnitHistory detail={current} onOpenUnit={onOpenUnit} />
          <h3 className="cchc-section-title">{t('org.events')}</h3>
          <UnitEvents events={current.events} onOpenUnit={onOpenUnit} />
          <UnitChildren rows={current.children} onOpenUnit={onOpenUnit} />
        </div>
      )}
    </Drawer>
  );
}
