import type { ScheduleSource } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';

/** A legal document as a link that opens in a new tab, with its date of issue when known. */
export function SourceLink({ source, testId }: { source: ScheduleSource; testId?: string }) {
  const { t, formatDate } = useI18n();
  return (
    <span>
      <a href={source.url} target="_blank" rel="noopener noreferrer" data-testid={testId} lang="vi">
        {source.document}
        <span className="cchc-sr-only"> ({t('common.opensNewTab')})</span>
      </a>
      {source.issuedOn && <>, {t('calendar.issuedOn', { date: formatDate(source.issuedOn) })}</>}
    </span>
  );
}
