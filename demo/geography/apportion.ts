/**
 * Integer apportionment. Populations and grid counts must add up exactly to their parent's
 * figure, which proportional rounding alone cannot promise; the largest-remainder (Hamilton)
 * method can, and it is deterministic when ties fall back to input order.
 */

export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`cannot apportion ${total}`);
  if (weights.length === 0) {
    if (total !== 0) throw new Error('nothing to apportion into');
    return [];
  }
  const sum = weights.reduce((s, w) => s + w, 0);
  if (!(sum > 0)) throw new Error('weights must have a positive sum');
  const quotas = weights.map((w) => (total * w) / sum);
  const shares = quotas.map((q) => Math.floor(q));
  let left = total - shares.reduce((s, x) => s + x, 0);
  const order = quotas
    .map((q, index) => ({ index, remainder: q - Math.floor(q) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) shares[order[k]!.index]! += 1;
  return shares;
}

/**
 * Largest remainder with a floor of `minimum` per item: items whose fair quota falls below the
 * floor are pinned to it and the rest is shared among the others, repeated until stable, so the
 * floor costs the big items as little proportionality as possible.
 */
export function largestRemainderWithMinimum(total: number, weights: readonly number[], minimum: number): number[] {
  if (total < minimum * weights.length) throw new Error(`${total} cannot give ${weights.length} items ${minimum} each`);
  const pinned = new Array<boolean>(weights.length).fill(false);
  for (;;) {
    const freeTotal = total - minimum * pinned.filter(Boolean).length;
    const freeWeight = weights.reduce((s, w, i) => (pinned[i] ? s : s + w), 0);
    let changed = false;
    weights.forEach((w, i) => {
      if (!pinned[i] && (freeWeight <= 0 || (freeTotal * w) / freeWeight < minimum)) {
        pinned[i] = true;
        changed = true;
      }
    });
    if (changed) continue;
    const freeIndices = weights.map((_, i) => i).filter((i) => !pinned[i]);
    const shares = largestRemainder(freeTotal, freeIndices.map((i) => weights[i]!));
    const out = new Array<number>(weights.length).fill(minimum);
    freeIndices.forEach((i, k) => (out[i] = shares[k]!));
    return out;
  }
}
