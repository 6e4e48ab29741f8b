import { useEffect, useState } from 'react';

/**
 * An index that moves on by itself every `intervalMs` through `count` items, as wall displays
 * cycle what does not fit at once. Picking one by hand restarts the wait.
 */
export function useRotation(count: number, intervalMs: number): [number, (index: number) => void] {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (count <= 1) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % count), intervalMs);
    return () => clearInterval(timer);
  }, [count, intervalMs, index]);
  return [count === 0 ? 0 : index % count, setIndex];
}
