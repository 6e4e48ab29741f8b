import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { changedPaths } from './form-problems.ts';

describe('what a form change touched', () => {
  it('names the leaves, dates and lists of codes as one value each', () => {
    expect(changedPaths({ title: 'x' })).toEqual([['title']]);
    expect(changedPaths({ recipients: { regions: ['371502'] } })).toEqual([['recipients', 'regions', 0]]);
    expect(changedPaths({ feedbackFields: [undefined, { label: '户数' }] })).toEqual([['feedbackFields', 1, 'label']]);
    expect(changedPaths({ dueAt: dayjs('2026-03-01T10:00:00Z') })).toEqual([['dueAt']]);
    expect(changedPaths({ recipients: { regions: [] } })).toEqual([]);
  });
});
