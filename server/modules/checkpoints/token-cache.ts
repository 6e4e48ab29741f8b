import type { Kysely } from 'kysely';
import type { CheckpointKind } from '../../../common/declarations/vocabulary.ts';
import type { DB } from '../../db/schema.ts';
import { allTokens } from './store.ts';

export interface CheckpointByToken {
  id: string;
  name: string;
  kind: CheckpointKind;
  communityName: string;
  /** City, district and street names above the community, for the page header. */
  regionPath: string[];
  gridCode: string;
  active: boolean;
}

export type TokenLookup = { state: 'live'; checkpoint: CheckpointByToken } | { state: 'rotated' } | { state: 'unknown' };

/**
 * Every QR scan starts with a token lookup; at a morning rush that is thousands a second, so
 * tokens live in memory. The cache reloads whenever checkpoints change (here, or in another
 * process through NOTIFY); a few thousand checkpoints take a few milliseconds to load.
 */
export class CheckpointTokenCache {
  private live = new Map<string, CheckpointByToken>();
  private retired = new Set<string>();
  private loading: Promise<void> = Promise.resolve();

  constructor(private readonly db: Kysely<DB>) {}

  reload(): Promise<void> {
    this.loading = this.loading.catch(() => {}).then(async () => {
      const { live, retired } = await allTokens(this.db);
      this.live = new Map(live.map((c) => [c.token, {
        id: c.id, name: c.name, kind: c.kind as CheckpointKind, communityName: c.community_name,
        regionPath: [c.city_name, c.district_name, c.street_name], gridCode: c.grid_code, active: c.active,
      }]));
      this.retired = new Set(retired.map((r) => r.token));
    });
    return this.loading;
  }

  lookup(token: string): TokenLookup {
    const checkpoint = this.live.get(token);
    if (checkpoint) return { state: 'live', checkpoint };
    return this.retired.has(token) ? { state: 'rotated' } : { state: 'unknown' };
  }

  get size(): number {
    return this.live.size;
  }
}

declare module '../../core/services.ts' {
  interface AppServices {
    /** The checkpoints' poster tokens, reloaded when any process changes a checkpoint. */
    checkpointTokens: CheckpointTokenCache;
  }
}
