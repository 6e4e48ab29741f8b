import type { WarningPage, WarningView } from '../../../../common/contracts/declarations.ts';
import type { SyncedRecord } from '../../offline/db.ts';
import { isAlreadyVerified, type OutboxItem, type OutboxItemOf, type WarningVerifyPayload } from '../../offline/outbox-types.ts';

/**
 * Warnings as the worker sees them: the server's copies (lists and details the phone holds,
 * some of them old when offline) with the phone's own verifications over them. Pure functions,
 * unit-tested.
 *
 * - A verification waiting in the outbox shows the warning verified (已核实，待上传).
 * - A refused one leaves the warning as it was, marked so the worker can fix it.
 * - One just sent shows until the next list includes it; one that met ALREADY_VERIFIED shows
 *   the server's verification, with a notice that the worker's did not count.
 * - "Overdue" is the deadline passing, so the phone works it out from `dueAt` itself: a
 *   warning kept offline since the morning turns overdue at its deadline, not at the next fetch.
 */
export type WarningStatus = WarningView['status'];
export type WarningCounts = WarningPage['counts'];
export type WarningLocal = 'pending' | 'rejected' | 'synced' | 'conflict';

export interface WarningRow {
  /** What to show: the freshest server copy, with the phone's verification over it. */
  view: WarningView;
  /** Now, as the phone sees it. */
  status: WarningStatus;
  local: WarningLocal | null;
  /** The status the server gave its copy when it answered (the counts of that answer count it there). */
  reported: WarningStatus;
  /** The verification this phone queued, when it did not (yet) become the server's. */
  mine: Pick<WarningVerifyPayload, 'outcome' | 'note' | 'verifiedAt'> | null;
}

export function statusAt(view: Pick<WarningView, 'status' | 'dueAt'>, now: number): WarningStatus {
  if (view.status === 'verified') return 'verified';
  return Date.parse(view.dueAt) < now ? 'overdue' : 'open';
}

/** The fresher of two copies of one warning: a verification is final; else the later declaration counts. */
function fresher(a: WarningView, b: WarningView): WarningView {
  const av = a.status === 'verified';
  const bv = b.status === 'verified';
  if (av !== bv) return av ? a : b;
  return Date.parse(b.lastDeclaredAt) > Date.parse(a.lastDeclaredAt) ? b : a;
}

function minutesBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));
}

export interface WarningSources {
  /** The server's copies the phone holds, in any order (one warning may appear several times). */
  server: readonly WarningView[];
  outbox: readonly OutboxItem[];
  synced: readonly SyncedRecord[];
  /** The worker's display name: an ALREADY_VERIFIED naming the worker with the same outcome is their own earlier try. */
  myName: string;
  now: number;
}

const verifications = (items: readonly OutboxItem[]) =>
  items.filter((i): i is OutboxItemOf<'warningVerify'> & OutboxItem => i.kind === 'warningVerify');

export function mergeWarnings(src: WarningSources): Map<string, WarningRow> {
  const best = new Map<string, WarningView>();
  const keep = (v: WarningView) => {
    const known = best.get(v.id);
    best.set(v.id, known ? fresher(known, v) : v);
  };
  src.server.forEach(keep);
  const serverVerified = new Set([...best.values()].filter((v) => v.status === 'verified').map((v) => v.id));

  const rows = new Map<string, WarningRow>();
  const row = (view: WarningView, local: WarningLocal | null, reportedFrom: WarningView, mine: WarningRow['mine'] = null): WarningRow => ({
    view, status: statusAt(view, src.now), local, reported: reportedFrom.status, mine,
  });

  for (const view of best.values()) rows.set(view.id, row(view, null, view));

  for (const record of src.synced) {
    if (record.kind !== 'warningVerify') continue;
    const payload = record.payload as WarningVerifyPayload;
    const id = payload.warningId;
    const base = best.get(id) ?? payload.warning;
    const mine = { outcome: payload.outcome, note: payload.note, verifiedAt: payload.verifiedAt };
    if (isAlreadyVerified(record.result)) {
      const theirs = record.result.warning;
      const own = theirs !== null && theirs.verifiedBy === src.myName && theirs.outcome === payload.outcome;
      const view = theirs ? fresher(base, theirs) : base.status === 'verified' ? base : { ...base, status: 'verified' as const };
      rows.set(id, row(view, own ? (serverVerified.has(id) ? null : 'synced') : 'conflict', base, own ? null : mine));
    } else if (!serverVerified.has(id)) {
      const answer = record.result as WarningView | null;
      rows.set(id, row(answer ? fresher(base, answer) : base, 'synced', base));
    }
  }

  for (const item of verifications(src.outbox)) {
    const id = item.payload.warningId;
    const base = best.get(id) ?? item.payload.warning;
    const mine = { outcome: item.payload.outcome, note: item.payload.note, verifiedAt: item.payload.verifiedAt };
    if (item.state === 'rejected') {
      rows.set(id, row(base, 'rejected', base, mine));
    } else if (base.status === 'verified') {
      // Verified on the server meanwhile (someone else): the server's word shows; the phone's will meet ALREADY_VERIFIED.
      rows.set(id, row(base, 'pending', base, mine));
    } else {
      const view: WarningView = {
        ...base, status: 'verified', outcome: item.payload.outcome, note: item.payload.note ?? null,
        verifiedAt: item.payload.verifiedAt, verifiedBy: src.myName, minutesToVerify: minutesBetween(base.firstDeclaredAt, item.payload.verifiedAt),
      };
      rows.set(id, row(view, 'pending', base));
    }
  }
  return rows;
}

/** The rows of one tab, in the server's order: deadlines first for the waiting ones, the latest verification first. */
export function rowsOf(rows: Iterable<WarningRow>, status: WarningStatus): WarningRow[] {
  const list = [...rows].filter((r) => r.status === status);
  if (status === 'verified') {
    const at = (r: WarningRow) => Date.parse(r.view.verifiedAt ?? r.view.lastDeclaredAt);
    return list.sort((a, b) => at(b) - at(a) || a.view.id.localeCompare(b.view.id));
  }
  return list.sort((a, b) => Date.parse(a.view.dueAt) - Date.parse(b.view.dueAt) || a.view.id.localeCompare(b.view.id));
}

/** The server's counts, moved for what the phone knows since: its own verifications, deadlines passed. */
export function adjustCounts(counts: WarningCounts, rows: Iterable<WarningRow>): WarningCounts {
  const out = { ...counts };
  for (const r of rows) {
    if (r.reported === r.status) continue;
    out[r.reported] = Math.max(0, out[r.reported] - 1);
    out[r.status] += 1;
  }
  return out;
}
