import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveChange } from '../../common/contracts/live.ts';
import { openLiveStream } from './live-stream.ts';

/** Just enough of the browser's EventSource to play a server's stream to the listener. */
class FakeEventSource {
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = 0;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, ((message: { data: string }) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (message: { data: string }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, data: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data: JSON.stringify(data) });
  }
  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }
}

describe('openLiveStream', () => {
  beforeEach(() => {
    FakeEventSource.opened = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('hands on changes, and a resync as a call to refetch everything', () => {
    const seen: string[] = [];
    const stop = openLiveStream({
      onOpen: (resumed) => seen.push(`open:${resumed}`),
      onLost: () => seen.push('lost'),
      onChange: (change: LiveChange) => seen.push(`change:${change.topics.join(',')}`),
      onResync: () => seen.push('resync'),
    });
    const source = FakeEventSource.opened[0]!;
    expect(source.url).toBe('/api/live');
    source.onopen!();
    source.emit('change', { topics: ['events'], regions: ['371502001001001'], at: '2024-02-01T08:00:00Z' });
    source.emit('resync', { at: '2024-02-01T08:00:05Z' });
    source.emit('change', { topics: 'not a list', regions: [] });
    expect(seen).toEqual(['open:false', 'change:events', 'resync']);
    stop();
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
  });
});
