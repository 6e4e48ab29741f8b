import type { LiveChange, LiveResync } from '../../common/contracts/live.ts';

/** A resync read off a live stream, with when this test saw it. */
export interface ReceivedResync {
  data: LiveResync;
  receivedAt: number;
}

/** Opens GET /api/live with a session cookie and collects its `change` and `resync` events as they arrive. */
export async function openLiveReader(base: string, cookie: string) {
  const abort = new AbortController();
  const res = await fetch(`${base}/api/live`, { headers: { cookie, accept: 'text/event-stream' }, signal: abort.signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const changes: LiveChange[] = [];
  const resyncs: ReceivedResync[] = [];
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = block.split('\n').find((l) => l.startsWith('event: '))?.slice(7);
        const data = block.split('\n').find((l) => l.startsWith('data: '))?.slice(6);
        if (!data) continue;
        if (event === 'change') changes.push(JSON.parse(data) as LiveChange);
        if (event === 'resync') resyncs.push({ data: JSON.parse(data) as LiveResync, receivedAt: Date.now() });
      }
    }
  })();
  return {
    res,
    changes,
    resyncs,
    close: async () => {
      abort.abort();
      await pump;
    },
  };
}
