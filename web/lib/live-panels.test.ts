import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalescer, stalePanels } from './live-panels.ts';

const change = (topics: string[], regions: string[]) => ({ topics, regions, at: '2024-02-01T08:00:00Z' }) as Parameters<typeof stalePanels>[0];

describe('stalePanels', () => {
  it('picks the panels made of the changed topics', () => {
    expect(stalePanels(change(['declarations'], ['371502001001001']), '3715')).toEqual(['vital', 'monitoring']);
    expect(stalePanels(change(['events'], ['371502001001001']), '371502')).toEqual(['monitoring', 'highIncidence', 'ticker', 'command']);
    expect(stalePanels(change(['instructions'], ['371502001']), '3715')).toEqual(['command']);
    expect(stalePanels(change(['households'], ['371502001001001']), '3715')).toEqual([]);
  });

  it('ignores changes outside the viewed region, and takes coarse regions as touching', () => {
    expect(stalePanels(change(['cases'], ['371581001001001']), '371502')).toEqual([]);
    expect(stalePanels(change(['cases'], ['3715']), '371502001')).toEqual(['summary', 'ticker']);
    expect(stalePanels(change(['cases'], []), '371502001')).toEqual(['summary', 'ticker']);
  });
});

describe('coalescer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs at once, then at most once per interval per key', () => {
    const runs: string[] = [];
    const c = coalescer((key) => runs.push(key), 1000);
    c.request('vital');
    c.request('vital');
    c.request('vital');
    c.request('ticker');
    expect(runs).toEqual(['vital', 'ticker']);
    vi.advanceTimersByTime(999);
    expect(runs).toEqual(['vital', 'ticker']);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['vital', 'ticker', 'vital']);
    vi.advanceTimersByTime(5000);
    c.request('vital');
    expect(runs).toEqual(['vital', 'ticker', 'vital', 'vital']);
    c.dispose();
  });
});
