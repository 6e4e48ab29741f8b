/**
 * Seeded randomness for the demo geography. Every region draws from its own stream, derived
 * from the global seed and the region's code, so that a region's shape does not depend on the
 * order in which other regions happen to be generated.
 */

export type Random = () => number;

/** mulberry32: 32 bits of state are plenty for a few thousand draws per stream and it is tiny. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the UTF-16 units, mixed with the seed, to derive one stream per label. */
function hashLabel(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function streamFor(seed: number, label: string): Random {
  return mulberry32(hashLabel(seed, label));
}

export function uniform(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}
