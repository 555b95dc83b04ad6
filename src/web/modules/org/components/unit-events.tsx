import { Empty, Tag, Timeline, Typography } from 'antd';
import type { OrgEvent } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { sortEvents } from '../utils/lineage';
import { UnitLinks } from './unit-link';

const KIND_COLOURS: Record<string, string> = { create: 'green', rename: 'cyan', merge: 'blue', split: 'purple', dissolve: 'red', move: 'gold' };

type Props = { events: OrgEvent[]; onOpenUnit: (id: string) => void };

/** Creations, renames, merges, splits, dissolutions, moves: date, legal document (number, date, link), units involved. */
export function UnitEvents({ events, onOpenUnit }: Props) {
  const { t, tOr, formatDate } = useI18n();
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.noEvents')} />;
  return (
    <Timeline
      items={sortEvents(events).map((event) => ({
        key: event.id,
        color: KIND_COLOURS[event.kind] ?? 'gray',
        content: (
          <div className="cchc-event">
            <div className="cchc-event-head">
              <Tag color={KIND_COLOURS[event.kind]}>{tOr(`org.event.${event.kind}`, event.kind)}</Tag>
              <time dateTime={event.date}><strong>{formatDate(event.date)}</strong></time>
            </div>
            <div>
              <Typography.Text type="secondary">{t('org.legalDoc')}: </Typography.Text>
              {event.legalDoc ? (
                <>
                  {event.legalDoc.url
                    ? <a href={event.legalDoc.url} target="_blank" rel="noopener noreferrer">{event.legalDoc.number}<span className="cchc-sr-only"> ({t('common.opensNewTab')})</span></a>
                    : <strong>{event.legalDoc.number}</strong>}
                  {event.legalDoc.issuedOn && <> {t('org.issuedOn', { date: formatDate(event.legalDoc.issuedOn) })}</>}
                  {event.legalDoc.title && <div className="cchc-muted-text">{event.legalDoc.title}</div>}
                </>
              ) : t('org.noLegalDoc')}
            </div>
            {event.note && <div className="cchc-muted-text">{event.note}</div>}
            {event.subjects.length > 0 && (
              <div><Typography.Text type="secondary">{t('org.eventSubjects')}: </Typography.Text>
                <UnitLinks units={event.subjects} onOpen={onOpenUnit} emptyText={t('common.none')} /></div>
            )}
            <div><Typography.Text type="secondary">{t('org.eventFrom')}: </Typography.Text>
              <UnitLinks units={event.predecessors} onOpen={onOpenUnit} emptyText={t('common.none')} /></div>
            <div><Typography.Text type="secondary">{t('org.eventTo')}: </Typography.Text>
              <UnitLinks units={event.successors} onOpen={onOpenUnit} emptyText={t('common.none')} /></div>
          </div>
        ),
      }))}
    />
  );
}
