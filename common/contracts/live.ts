import { Type, type Static } from 'typebox';

/**
 * What changed, as the live stream tells open panels: topics and the regions they happened
 * in. No ids and no personal data: a panel that cares refetches its own (scoped) figures.
 */
export const LIVE_TOPICS = ['declarations', 'warnings', 'events', 'movements', 'visits', 'duty', 'households', 'persons', 'cases', 'instructions'] as const;
export type LiveTopic = (typeof LIVE_TOPICS)[number];

export const LiveChange = Type.Object({
  topics: Type.Array(Type.Enum([...LIVE_TOPICS])),
  /** Region codes (grids, or coarser when many changed at once) where it happened. */
  regions: Type.Array(Type.String()),
  at: Type.String({ format: 'date-time' }),
});
export type LiveChange = Static<typeof LiveChange>;

/**
 * Sent instead of changes when some may have gone unannounced (the server's database listener
 * was reconnected): every panel refetches what it shows.
 */
export const LiveResync = Type.Object({
  at: Type.String({ format: 'date-time' }),
});
export type LiveResync = Static<typeof LiveResync>;
