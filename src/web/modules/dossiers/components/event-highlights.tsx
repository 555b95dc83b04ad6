import { useI18n } from '../../i18n/hooks/use-i18n';
import type { Highlight } from '../utils/event-highlights';
import { formatAppointment } from '../utils/dossier-time';

/** The facts of one event as a description list (dates in province time, money in đồng, yes/no in words). */
export function EventHighlights({ highlights }: { highlights: Highlight[] }) {
  const { t, tOr, lang } = useI18n();
  if (highlights.length === 0) return null;
  const money = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const valueOf = (h: Highlight) => {
    switch (h.kind) {
      case 'instant': return formatAppointment(h.value, lang);
      case 'list': return h.value.join('; ');
      case 'money': return `${money.format(h.value)} đ`;
      case 'flag': return h.value ? t('common.yes') : t('common.no');
      case 'enum': return tOr(`dossier.enum.${h.key}.${h.value}`, h.value);
      default: return h.value;
    }
  };
  return (
    <dl className="cchc-highlights">
      {highlights.map((h) => (
        <div key={h.key}>
          <dt>{t(`dossier.highlight.${h.key}`)}</dt>
          <dd>{valueOf(h)}</dd>
        </div>
      ))}
    </dl>
  );
}
