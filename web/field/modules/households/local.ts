import type { HouseholdView, MemberObservation, MovementCreate, MovementView, PersonView, VisitView } from '../../../../common/contracts/field.ts';
import { OBSERVATION_DAYS } from '../../../../common/field/vocabulary.ts';
import { birthYearOf } from '../../../../common/identity/birth-year.ts';
import { checkIdNumber } from '../../../../common/identity/id-number.ts';
import { maskIdNumber, maskPhone } from '../../../../common/identity/mask.ts';
import { addDays, chinaDate } from '../../../../common/time.ts';
import type { SyncedRecord } from '../../offline/db.ts';
import type { OutboxItem, OutboxItemOf } from '../../offline/outbox-types.ts';

/**
 * What the worker sees is the server's data merged with the phone's: records still in the
 * outbox show at once (marked as waiting or refused), records just sent show until the next
 * server answer includes them. Pure functions, unit-tested.
 */
export type LocalState = 'pending' | 'rejected' | 'synced';

export interface HouseholdRow {
  id: string;
  address: string;
  gridCode: string | null;
  memberCount: number;
  lastVisitAt: string | null;
  createdAt: string;
  local: LocalState | null;
}

export interface MemberRow {
  id: string;
  name: string;
  idNumberMasked: string | null;
  phoneMasked: string | null;
  sex: string | null;
  /** The year only, as the server answers it: the full date beside the masked number would undo the mask. */
  birthYear: number | null;
  relation: string | null;
  local: LocalState | null;
  /** Arrivals and departures of this person still on the phone. */
  movements: { id: string; payload: MovementCreate; local: LocalState }[];
  /** Under observation today after an arrival: the day the window ends (the latest, if several). */
  observationEndsOn: string | null;
}

export interface VisitRow {
  id: string;
  visitedAt: string;
  metCount: number;
  outcome: string;
  note: string | null;
  local: LocalState | null;
}

const stateOf = (item: OutboxItem): LocalState => (item.state === 'rejected' ? 'rejected' : 'pending');
const ofKind = <K extends OutboxItem['kind']>(items: readonly OutboxItem[], kind: K) => items.filter((i): i is OutboxItemOf<K> & OutboxItem => i.kind === kind);
const syncedOf = (records: readonly SyncedRecord[], kind: OutboxItem['kind']) => records.filter((r) => r.kind === kind);

function matches(address: string, q: string): boolean {
  return q.trim() === '' || address.includes(q.trim());
}

export function mergeHouseholds(server: readonly HouseholdView[], outbox: readonly OutboxItem[], synced: readonly SyncedRecord[], q = ''): HouseholdRow[] {
  const seen = new Set(server.map((h) => h.id));
  const persons = ofKind(outbox, 'person');
  const rows: HouseholdRow[] = [];
  for (const item of ofKind(outbox, 'household').reverse()) {
    if (seen.has(item.id) || !matches(item.payload.address, q)) continue;
    seen.add(item.id);
    rows.push({
      id: item.id, address: item.payload.address, gridCode: item.payload.gridCode ?? null,
      memberCount: persons.filter((p) => p.payload.householdId === item.id).length,
      lastVisitAt: null, createdAt: new Date(item.createdAt).toISOString(), local: stateOf(item),
    });
  }
  for (const record of syncedOf(synced, 'household')) {
    const view = record.result as HouseholdView | null;
    if (!view || seen.has(view.id) || !matches(view.address, q)) continue;
    seen.add(view.id);
    rows.push({ id: view.id, address: view.address, gridCode: view.grid.code, memberCount: view.memberCount, lastVisitAt: view.lastVisitAt, createdAt: view.createdAt, local: 'synced' });
  }
  for (const view of server) {
    rows.push({ id: view.id, address: view.address, gridCode: view.grid.code, memberCount: view.memberCount, lastVisitAt: view.lastVisitAt, createdAt: view.createdAt, local: null });
  }
  return rows;
}

function movementsOf(personId: string, outbox: readonly OutboxItem[]): MemberRow['movements'] {
  return ofKind(outbox, 'movement').filter((m) => m.payload.personId === personId).map((m) => ({ id: m.id, payload: m.payload, local: stateOf(m) }));
}

/**
 * When each member's observation ends, from every source the phone has: the server's answer,
 * arrivals just sent (their answer says it), and arrivals still queued (the same 14 days from
 * the arrival day as the server counts).
 */
function observationByPerson(observation: readonly MemberObservation[], outbox: readonly OutboxItem[], synced: readonly SyncedRecord[], today: string): Map<string, string> {
  const ends = new Map<string, string>();
  const note = (personId: string, endsOn: string | null | undefined) => {
    if (endsOn && endsOn > today && endsOn > (ends.get(personId) ?? '')) ends.set(personId, endsOn);
  };
  for (const o of observation) note(o.personId, o.observationEndsOn);
  for (const record of syncedOf(synced, 'movement')) {
    const m = record.result as MovementView | null;
    if (m?.inObservation) note(m.personId, m.observationEndsOn);
  }
  for (const m of ofKind(outbox, 'movement')) {
    if (m.payload.direction === 'arrival' && m.payload.arrivedOn) note(m.payload.personId, addDays(m.payload.arrivedOn, OBSERVATION_DAYS));
  }
  return ends;
}

export function mergeMembers(
  householdId: string, server: readonly PersonView[], outbox: readonly OutboxItem[], synced: readonly SyncedRecord[],
  observation: readonly MemberObservation[] = [], today = chinaDate(new Date()),
): MemberRow[] {
  const ends = observationByPerson(observation, outbox, synced, today);
  const seen = new Set<string>();
  const rows: MemberRow[] = [];
  const extra = (id: string) => ({ movements: movementsOf(id, outbox), observationEndsOn: ends.get(id) ?? null });
  for (const p of server) {
    seen.add(p.id);
    rows.push({ ...p, local: null, ...extra(p.id) });
  }
  for (const record of syncedOf(synced, 'person')) {
    const p = record.result as PersonView | null;
    if (!p || p.householdId !== householdId || seen.has(p.id)) continue;
    seen.add(p.id);
    rows.push({ ...p, local: 'synced', ...extra(p.id) });
  }
  for (const item of ofKind(outbox, 'person')) {
    if (item.payload.householdId !== householdId || seen.has(item.id)) continue;
    seen.add(item.id);
    const p = item.payload;
    const fromId = p.idNumber ? checkIdNumber(p.idNumber) : null;
    rows.push({
      id: item.id, name: p.name, idNumberMasked: p.idNumber ? maskIdNumber(p.idNumber) : null, phoneMasked: p.phone ? maskPhone(p.phone) : null,
      sex: p.sex ?? null, birthYear: birthYearOf(p.birthDate ?? (fromId?.ok ? fromId.birthDate : null)), relation: p.relation ?? null, local: stateOf(item), ...extra(item.id),
    });
  }
  return rows;
}

export function mergeVisits(householdId: string, server: readonly VisitView[], outbox: readonly OutboxItem[]): VisitRow[] {
  const seen = new Set(server.map((v) => v.id));
  const local = ofKind(outbox, 'visit')
    .filter((v) => v.payload.householdId === householdId && !seen.has(v.id))
    .map((v) => ({ id: v.id, visitedAt: v.payload.visitedAt, metCount: v.payload.metCount, outcome: v.payload.outcome, note: v.payload.note ?? null, local: stateOf(v) }));
  return [...local, ...server.map((v) => ({ id: v.id, visitedAt: v.visitedAt, metCount: v.metCount, outcome: v.outcome, note: v.note, local: null }))]
    .sort((a, b) => b.visitedAt.localeCompare(a.visitedAt));
}

