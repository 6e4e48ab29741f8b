import type { HouseholdMatch, HouseholdView } from '../../../../common/contracts/field.ts';
import { sameAddress } from '../../../../common/field/address.ts';
import { api } from '../../../lib/api.ts';
import { fieldDb, type SyncedRecord } from '../../offline/db.ts';
import { listOutbox, listSynced } from '../../offline/outbox.ts';
import type { OutboxItem } from '../../offline/outbox-types.ts';
import type { LocalState } from './local.ts';

/** A household the worker may be about to register a second time. */
export interface AddressMatch {
  id: string;
  address: string;
  headName: string | null;
  memberCount: number;
  /** Still on this phone (queued or just sent), not yet in the server's answer. */
  local: LocalState | null;
}

const fromServer = (m: HouseholdMatch): AddressMatch => ({ id: m.id, address: m.address, headName: m.headName, memberCount: m.memberCount, local: null });

/**
 * The phone's own knowledge of the grid's households at an address: the household lists it
 * kept, what it queued and what it sent lately. Pure, unit-tested; `exceptId` is the record
 * being edited.
 */
export function localMatches(
  gridCode: string, address: string, lists: readonly HouseholdView[], outbox: readonly OutboxItem[], synced: readonly SyncedRecord[], exceptId?: string,
): AddressMatch[] {
  const found = new Map<string, AddressMatch>();
  const add = (m: AddressMatch) => m.id !== exceptId && !found.has(m.id) && found.set(m.id, m);
  for (const item of outbox) {
    if (item.kind !== 'household' || item.payload.gridCode !== gridCode || !sameAddress(item.payload.address, address)) continue;
    add({ id: item.id, address: item.payload.address, headName: null, memberCount: 0, local: item.state === 'rejected' ? 'rejected' : 'pending' });
  }
  for (const record of synced) {
    const view = record.kind === 'household' ? record.result as HouseholdView | null : null;
    if (view && view.grid.code === gridCode && sameAddress(view.address, address)) add({ id: view.id, address: view.address, headName: null, memberCount: view.memberCount, local: 'synced' });
  }
  for (const view of lists) {
    if (view.grid.code === gridCode && sameAddress(view.address, address)) add({ id: view.id, address: view.address, headName: null, memberCount: view.memberCount, local: null });
  }
  return [...found.values()];
}

async function cachedLists(userId: string): Promise<HouseholdView[]> {
  const prefix = `${userId} /api/households?`;
  const answers = await (await fieldDb()).getAll('cache');
  return answers.filter((a) => a.key.startsWith(prefix)).flatMap((a) => (a.data as { items?: HouseholdView[] }).items ?? []);
}

/**
 * Households of the grid at the address, asked before a new one is queued: the server's answer
 * when it can be reached, else what the phone kept; the phone's queued records either way. The
 * server checks again when the record is sent (409 HOUSEHOLD_DUPLICATE_ADDRESS).
 */
export async function householdsAtAddress(userId: string, gridCode: string, address: string, exceptId?: string): Promise<AddressMatch[]> {
  const [outbox, synced] = await Promise.all([listOutbox(userId), listSynced(userId)]);
  try {
    const answer = await api('GET /api/households/same-address', { query: { gridCode, address } });
    const server = answer.items.filter((m) => m.id !== exceptId).map(fromServer);
    const known = new Set(server.map((m) => m.id));
    return [...server, ...localMatches(gridCode, address, [], outbox, [], exceptId).filter((m) => !known.has(m.id))];
  } catch {
    // Offline (or the server cannot answer now): the phone's copy will do; the send is checked again.
    return localMatches(gridCode, address, await cachedLists(userId), outbox, synced, exceptId);
  }
}
