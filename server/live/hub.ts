import { isWithinScope } from '../../common/regions/codes.ts';
import { regionsOverlap } from '../../common/regions/scope.ts';
import type { LiveChange, LiveResync, LiveTopic } from '../../common/contracts/live.ts';
import type { Database } from '../db/database.ts';
import type { ChangeMessage } from '../db/changes.ts';
import { CHANNELS } from '../db/notify.ts';

/** One open stream: where the viewer may look, and how to hand it a message. */
export interface LiveClient {
  scope: string;
  send(change: LiveChange): void;
  /** Changes may have gone unannounced: the viewer refetches everything it shows. */
  resync(resync: LiveResync): void;
}

interface Pending {
  topics: Set<LiveTopic>;
  regions: Set<string>;
}

/**
 * Relays committed changes (NOTIFY on the changes channel, from any app process) to the open
 * live streams whose scope they touch. A change in a region overlapping the viewer's scope is
 * passed on with its regions clipped to that scope: a coarse code above the scope (many
 * grids changed at once) reaches the viewer as their own scope. Each client gets at most one
 * message per `coalesceMs`, carrying everything that changed since the last one.
 *
 * When the database listener comes back after a lost connection, whatever was committed
 * meanwhile was never announced: every stream then gets a `resync` instead.
 */
export class LiveHub {
  private readonly clients = new Map<LiveClient, { pending: Pending | null; timer: NodeJS.Timeout | null; lastSent: number }>();
  private unlisten: (() => Promise<void>) | null = null;

  constructor(private readonly options: { coalesceMs: number; maxClients: number }) {}

  async start(database: Database): Promise<void> {
    this.unlisten = await database.listen(CHANNELS.changes, (payload) => this.receive(payload), () => this.resyncAll());
  }

  get size(): number {
    return this.clients.size;
  }

  /** False when the process already serves as many streams as it will. */
  add(client: LiveClient): boolean {
    if (this.clients.size >= this.options.maxClients) return false;
    this.clients.set(client, { pending: null, timer: null, lastSent: 0 });
    return true;
  }

  remove(client: LiveClient): void {
    const state = this.clients.get(client);
    if (state?.timer) clearTimeout(state.timer);
    this.clients.delete(client);
  }

  receive(payload: string): void {
    let message: ChangeMessage;
    try {
      message = JSON.parse(payload) as ChangeMessage;
    } catch {
      return;
    }
    if (!Array.isArray(message.t) || !Array.isArray(message.r)) return;
    for (const [client, state] of this.clients) {
      const regions = clipToScope(message.r, client.scope);
      if (regions.length === 0) continue;
      state.pending ??= { topics: new Set(), regions: new Set() };
      message.t.forEach((t) => state.pending!.topics.add(t));
      regions.forEach((r) => state.pending!.regions.add(r));
      this.schedule(client);
    }
  }

  /** Tells every stream to refetch; what was pending for it is covered by that. */
  resyncAll(): void {
    const resync: LiveResync = { at: new Date().toISOString() };
    for (const [client, state] of this.clients) {
      if (state.timer) clearTimeout(state.timer);
      state.timer = null;
      state.pending = null;
      state.lastSent = Date.now();
      client.resync(resync);
    }
  }

  private schedule(client: LiveClient): void {
    const state = this.clients.get(client)!;
    if (state.timer) return;
    const wait = Math.max(0, state.lastSent + this.options.coalesceMs - Date.now());
    state.timer = setTimeout(() => {
      state.timer = null;
      const pending = state.pending;
      state.pending = null;
      if (!pending || !this.clients.has(client)) return;
      state.lastSent = Date.now();
      client.send({ topics: [...pending.topics], regions: [...pending.regions], at: new Date().toISOString() });
    }, wait);
  }

  async stop(): Promise<void> {
    for (const client of [...this.clients.keys()]) this.remove(client);
    await this.unlisten?.();
  }
}

/** The changed regions a viewer of `scope` may hear of: those inside it, or its own code for a coarser one that contains it. */
export function clipToScope(regions: string[], scope: string): string[] {
  const clipped = new Set<string>();
  for (const r of regions) {
    if (typeof r !== 'string') continue;
    if (isWithinScope(r, scope)) clipped.add(r);
    else if (regionsOverlap(r, scope)) clipped.add(scope);
  }
  return [...clipped];
}

declare module '../core/services.ts' {
  interface AppServices {
    /** The open live streams of this process. */
    live: LiveHub;
  }
}
