import { Empty, Space, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MovementView } from '../../../../common/contracts/field.ts';
import { healthColor, term } from '../field/labels.ts';
import { ObservationTag } from '../movements/ObservationTag.tsx';
import { movedOn, placeOf } from '../movements/place.ts';

/** A person's arrivals and departures, newest first, each dated by the day it happened. */
export function MovementTimeline({ movements }: { movements: MovementView[] }) {
  const { t } = useTranslation();
  if (movements.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('persons.noMovements')} />;
  return (
    <Timeline
      titleSpan="110px"
      data-testid="person-movements"
      items={movements.map((m) => ({
        key: m.id,
        color: m.inObservation ? 'orange' : m.direction === 'arrival' ? 'blue' : 'gray',
        title: <span className="mono">{movedOn(m)}</span>,
        content: (
          <div className="movement-item">
            <Space size={6} wrap>
              <Tag color={m.direction === 'arrival' ? 'blue' : 'purple'}>{term(t, 'direction', m.direction)}</Tag>
              <strong>{term(t, 'originCategory', m.category)}</strong>
              {placeOf(m) && <span>{placeOf(m)}</span>}
              <ObservationTag active={m.inObservation} />
            </Space>
            <div className="movement-facts text-muted">
              {m.leftOn && <span>{t('movements.leftOn')} {m.leftOn}</span>}
              {m.arrivedOn && <span>{t('movements.arrivedOn')} {m.arrivedOn}</span>}
              {m.transport && <span>{t('movements.transport')} {term(t, 'transport', m.transport)}</span>}
              <span>{t('movements.health')} <Tag color={healthColor(m.healthStatus)} variant="outlined">{term(t, 'healthStatus', m.healthStatus)}</Tag></span>
              {m.observationEndsOn && <span>{t('movements.observationEnds')} {m.observationEndsOn}</span>}
            </div>
            {m.note && <div className="movement-note">{m.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
