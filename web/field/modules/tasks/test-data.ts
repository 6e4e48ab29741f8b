import type { EventView } from '../../../../common/contracts/field.ts';

/** The unit tests' clock and an event dispatched to the worker (网格员甲), as the server lists it. */
export const NOW = Date.parse('2020-02-10T10:00:00Z');
export const iso = (minutesFromNow: number) => new Date(NOW + minutesFromNow * 60_000).toISOString();

export function dispatched(id: string, extra: Partial<EventView> = {}): EventView {
  return {
    id, category: 'assistance', description: '独居老人需要代购药品', occurredAt: iso(-90), lon: 115.98, lat: 36.45,
    grid: { code: '371502001001001', name: '第1网格' }, needsReview: false, reviewReason: null, status: 'dispatched', statusNote: null,
    reporterName: '网格员乙', photos: [], handlePhotos: [], createdAt: iso(-90), priority: 'normal', source: 'field',
    assignee: { kind: 'user', id: 'u', name: '网格员甲' }, step: 'handle', dueAt: iso(120), overdue: false, suspended: false, escalated: false,
    supervisionRegion: null, handledOnSpot: false, returns: 0, reworks: 0, canAct: ['handle', 'return', 'request'], ...extra,
  };
}
