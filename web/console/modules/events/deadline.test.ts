import { describe, expect, it } from 'vitest';
import { deadlineState, spanOf } from './deadline.ts';

describe('a step against its deadline', () => {
  const now = Date.parse('2026-03-02T08:00:00Z');
  const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

  it('splits a span into days, hours and minutes', () => {
    expect(spanOf((2 * 1440 + 3 * 60 + 5) * 60_000 + 59_000)).toEqual({ days: 2, hours: 3, minutes: 5 });
    expect(spanOf(-90 * 60_000)).toEqual({ days: 0, hours: 1, minutes: 30 });
  });

  it('reads as time left until the deadline and as lateness after it', () => {
    expect(deadlineState(at(45), now)).toEqual({ late: false, span: { days: 0, hours: 0, minutes: 45 } });
    expect(deadlineState(at(-125), now)).toEqual({ late: true, span: { days: 0, hours: 2, minutes: 5 } });
    expect(deadlineState(new Date(now + 10_000).toISOString(), now).span.minutes).toBe(1);
  });
});
