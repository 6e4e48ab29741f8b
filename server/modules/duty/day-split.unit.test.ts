import { describe, expect, it } from 'vitest';
import { secondsPerDay } from './day-split.ts';

describe('duty seconds per China day', () => {
  it('keeps a daytime shift on one day', () => {
    expect(secondsPerDay(new Date('2026-02-14T01:00:00Z'), new Date('2026-02-14T03:30:00Z'))).toEqual([{ day: '2026-02-14', seconds: 9000 }]);
  });

  it('splits a night shift at midnight Beijing time (16:00 UTC)', () => {
    expect(secondsPerDay(new Date('2026-02-14T14:00:00Z'), new Date('2026-02-14T18:00:00Z'))).toEqual([
      { day: '2026-02-14', seconds: 7200 },
      { day: '2026-02-15', seconds: 7200 },
    ]);
  });

  it('gives nothing for an empty shift', () => {
    expect(secondsPerDay(new Date('2026-02-14T01:00:00Z'), new Date('2026-02-14T01:00:00Z'))).toEqual([]);
  });
});
