import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatabaseOutage } from './outage.ts';

describe('DatabaseOutage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('logs an outage once when it starts and once when it ends, however many requests fail', async () => {
    const lines: { level: string; details: object; message: string }[] = [];
    const log = {
      warn: (details: object, message: string) => lines.push({ level: 'warn', details, message }),
      info: (details: object, message: string) => lines.push({ level: 'info', details, message }),
    };
    let reachable = false;
    const probe = vi.fn(async () => {
      if (!reachable) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    });
    const outage = new DatabaseOutage(probe, log, 1_000);
    const failure = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

    expect(outage.down).toBe(false);
    for (let i = 0; i < 100; i++) outage.noteUnavailable(failure);
    expect(outage.down).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(probe.mock.calls.length, 'probed while down').toBeGreaterThanOrEqual(4);
    for (let i = 0; i < 100; i++) outage.noteUnavailable(failure);
    expect(lines).toEqual([{ level: 'warn', details: { reason: 'ECONNREFUSED' }, message: expect.stringContaining('unreachable') }]);

    reachable = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(outage.down).toBe(false);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ level: 'info', message: 'database reachable again' });
    expect((lines[1]!.details as { downForMs: number }).downForMs).toBeGreaterThanOrEqual(5_000);
    const probesWhileUp = probe.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(probe.mock.calls.length, 'no probing while up').toBe(probesWhileUp);

    // The next outage is a new transition, logged again.
    reachable = false;
    outage.noteUnavailable(failure);
    expect(lines).toHaveLength(3);
    outage.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(probe.mock.calls.length, 'stopped: no more probes').toBe(probesWhileUp);
  });
});
