/** Event photos: what the app may attach and the server will keep. */
export const PHOTO_LIMITS = {
  maxPerEvent: 3,
  /** Bytes per photo as uploaded; phones should shrink photos before queueing them. */
  maxBytes: 5 * 1024 * 1024,
  types: ['image/jpeg', 'image/png', 'image/webp'] as readonly string[],
  /** The longer side of the stored copy, in pixels. */
  maxEdge: 2048,
} as const;
