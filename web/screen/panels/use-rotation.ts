import { useEffect, useState } from 'react';

/**
 * An index that moves on by itself every `intervalMs` through `count` items, as wall displays
 * cycle what does not fit at once. Picking one by hand, even the one shown, restarts the wait.
 */
export function useRotation(count: number, intervalMs: number): [number, (index: number) => void] {
  const [shown, setShown] = useState({ index: 0, picks: 0 });
  useEffect(() => {
    if (count <= 1) return;
    const timer = setInterval(() => setShown((s) => ({ ...s, index: (s.index + 1) % count })), intervalMs);
    return () => clearInterval(timer);
  }, [count, intervalMs, shown]);
  const pick = (index: number) => setShown((s) => ({ index, picks: s.picks + 1 }));
  return [count === 0 ? 0 : shown.index % count, pick];
}
