import { Link } from 'react-router';
import { useI18n } from '../../i18n/hooks/use-i18n';

/** Product mark: "CCHC" and, when there is room, what it stands for. */
export function Brand({ compact = false, dark = false }: { compact?: boolean; dark?: boolean }) {
  const { t } = useI18n();
  return (
    <Link to="/" className={`cchc-brand${dark ? ' cchc-brand-dark' : ''}`} aria-label={t('app.homeLink')}>
      <span className="cchc-brand-mark" aria-hidden="true">CC</span>
      {!compact && (
        <span className="cchc-brand-text">
          <strong>{t('app.name')}</strong>
          <small>{t('app.tagline')}</small>
        </span>
      )}
    </Link>
  );
}
