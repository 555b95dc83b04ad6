import { useI18n } from '../../i18n/hooks/use-i18n';
import { DAY_KINDS, isSpecialKind, kindClass } from '../utils/day-kinds';

/** What each colour means; special days also carry the short word shown in their cell. */
export function KindLegend() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="calendar-legend-title" data-testid="calendar-legend">
      <h2 id="calendar-legend-title" className="cchc-section-title">{t('calendar.legend')}</h2>
      <ul className="cchc-legend">
        {DAY_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`cchc-legend-swatch ${kindClass(kind)}`} aria-hidden="true">
              {isSpecialKind(kind) ? t(`calendar.short.${kind}`) : ''}
            </span>
            {t(`calendar.kind.${kind}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
