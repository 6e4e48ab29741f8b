import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingMinutes, pickRule, stepDeadline, WORKING_WINDOWS, type TimeLimitRule } from './time-limits.ts';

const rule = (r: Partial<TimeLimitRule>): TimeLimitRule => ({ step: 'handle', category: null, priority: null, area: null, minutes: 60, workingHours: false, ...r });

describe('time limit rules', () => {
  const rules = [
    rule({ minutes: 960 }),
    rule({ priority: 'urgent', minutes: 240 }),
    rule({ category: 'suspected_case_found', minutes: 120 }),
    rule({ step: 'verify', area: 'urban', minutes: 60 }),
    rule({ step: 'verify', area: 'rural', minutes: 120 }),
  ];
  it('takes the most specific rule: category over priority over the default', () => {
    expect(pickRule(rules, { step: 'handle', category: 'suspected_case_found', priority: 'urgent', area: 'urban' })?.minutes).toBe(120);
    expect(pickRule(rules, { step: 'handle', category: 'disinfection', priority: 'urgent', area: 'urban' })?.minutes).toBe(240);
    expect(pickRule(rules, { step: 'handle', category: 'disinfection', priority: 'normal', area: 'urban' })?.minutes).toBe(960);
    expect(pickRule(rules, { step: 'verify', category: 'other', priority: 'normal', area: 'rural' })?.minutes).toBe(120);
  });
  it('answers null when no rule covers the step', () => {
    expect(pickRule(rules, { step: 'close', category: 'other', priority: 'normal', area: 'urban' })).toBeNull();
  });
});

describe('working minutes', () => {
  // 2020-02-03 was a Monday. China time is UTC+8.
  const china = (iso: string) => new Date(`${iso}+08:00`);
  it('counts inside the office windows and skips lunch, nights and weekends', () => {
    expect(addWorkingMinutes(china('2020-02-03T09:00:00'), 60)).toEqual(china('2020-02-03T10:00:00'));
    expect(addWorkingMinutes(china('2020-02-03T11:30:00'), 60)).toEqual(china('2020-02-03T14:00:00'));
    expect(addWorkingMinutes(china('2020-02-03T17:00:00'), 60)).toEqual(china('2020-02-04T09:00:00'));
    expect(addWorkingMinutes(china('2020-02-07T17:00:00'), 60)).toEqual(china('2020-02-10T09:00:00'));
    expect(addWorkingMinutes(china('2020-02-08T10:00:00'), 30)).toEqual(china('2020-02-10T09:00:00'));
    expect(addWorkingMinutes(china('2020-02-03T06:00:00'), 960)).toEqual(china('2020-02-05T09:30:00'));
  });
  it('never ends outside a window, and a working day holds 7.5 hours', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 5 * 365 * 86_400 }), fc.integer({ min: 1, max: 43_200 }), (offsetS, minutes) => {
      const start = new Date(Date.UTC(2020, 0, 1) + offsetS * 1000);
      const end = addWorkingMinutes(start, minutes);
      expect(end.getTime()).toBeGreaterThan(start.getTime());
      const local = new Date(end.getTime() + 8 * 3_600_000);
      const minuteOfDay = local.getUTCHours() * 60 + local.getUTCMinutes() + local.getUTCSeconds() / 60;
      expect(WORKING_WINDOWS.some(([open, close]) => minuteOfDay > open && minuteOfDay <= close)).toBe(true);
      expect([0, 6]).not.toContain(local.getUTCDay());
      const fiveDays = addWorkingMinutes(start, 5 * 450 + minutes).getTime() - addWorkingMinutes(start, minutes).getTime();
      expect(fiveDays).toBeGreaterThanOrEqual(7 * 86_400_000 - 1);
    }));
  });
  it('wall-clock rules simply add the minutes', () => {
    expect(stepDeadline(new Date('2020-02-08T00:00:00Z'), { minutes: 30, workingHours: false })).toEqual(new Date('2020-02-08T00:30:00Z'));
  });
});
