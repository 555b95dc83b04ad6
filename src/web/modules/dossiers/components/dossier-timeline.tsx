import { Card } from 'antd';
import type { DossierEvent } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { useUnitNames } from '../hooks/use-unit-names';
import { eventHighlights } from '../utils/event-highlights';
import { EventHighlights } from './event-highlights';
import { StatusTag } from './status-tag';

/** The dossier's log in order, as the control slip shows it: what happened, who, when, why, and the key facts. */
export function DossierTimeline({ events }: { events: DossierEvent[] }) {
  const { t, tOr, formatDateTime } = useI18n();
  const unitName = useUnitNames();
  return (
    <Card title={<h2 className="cchc-card-title" id="dossier-timeline-title">{t('dossier.timeline')}</h2>} style={{ marginTop: 16 }}>
      <ol className="cchc-timeline" aria-labelledby="dossier-timeline-title" data-testid="dossier-timeline">
        {events.map((event) => (
          <li key={event.seq} className="cchc-timeline-item" data-testid={`dossier-event-${event.seq}`} data-type={event.type}>
            <div className="cchc-event-head">
              <strong>{tOr(`dossier.event.${event.type}`, event.type)}</strong>
              {event.statusBefore !== event.statusAfter && <StatusTag status={event.statusAfter} />}
            </div>
            <div className="cchc-muted-text">
              <time dateTime={event.at}>{formatDateTime(event.at)}</time> · {event.actorName}
              {event.unitId && <> · {unitName(event.unitId)}</>}
            </div>
            {event.reason && <div><strong>{t('dossier.reason')}:</strong> {event.reason}</div>}
            <EventHighlights highlights={eventHighlights(event.type, event.payload)} />
          </li>
        ))}
      </ol>
    </Card>
  );
}
