import type { MovementView } from '../../../../common/contracts/field.ts';

/** Province and city as one place name, without repeating a city-level municipality. */
export function placeOf(m: Pick<MovementView, 'province' | 'city'>): string {
  if (m.province && m.city) return m.city.startsWith(m.province) ? m.city : `${m.province} ${m.city}`;
  return m.province ?? m.city ?? '';
}

/** The day that dates a movement: arrivals by their arrival, departures by their departure. */
export function movedOn(m: Pick<MovementView, 'direction' | 'arrivedOn' | 'leftOn'>): string | null {
  return m.direction === 'arrival' ? m.arrivedOn : m.leftOn;
}
