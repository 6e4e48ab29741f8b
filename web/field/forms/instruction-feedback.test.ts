import { describe, expect, it } from 'vitest';
import type { InboxItem } from '../../../common/contracts/instructions.ts';
import { feedbackDefaults, feedbackFormErrors, feedbackPayload, feedbackValues, validateFeedback } from './instruction-feedback.ts';

const fields = [{ key: 'households', label: '排查户数', unit: '户' }, { key: 'arrivals', label: '来返人员' }];
const task = {
  id: 't1', title: '入户排查', feedbackRequired: true, feedbackFields: fields,
} as unknown as InboxItem;

describe('a task\'s feedback form (the shared checkFeedback)', () => {
  it('asks every count, each on its own field, as a whole number', () => {
    const check = validateFeedback(task);
    expect(check(feedbackDefaults(fields))).toEqual({ count_households: 'VALUE_REQUIRED', count_arrivals: 'VALUE_REQUIRED' });
    expect(check({ ...feedbackDefaults(fields), count_households: '12.5', count_arrivals: '两个' })).toEqual({ count_households: 'NOT_A_COUNT', count_arrivals: 'NOT_A_COUNT' });
    expect(check({ ...feedbackDefaults(fields), count_households: '-1', count_arrivals: '99999999' })).toEqual({ count_households: 'NOT_A_COUNT', count_arrivals: 'NOT_A_COUNT' });
    expect(check({ ...feedbackDefaults(fields), count_households: ' 126 ', count_arrivals: '0' })).toEqual({});
  });

  it('asks the text when no count is asked, and checks it like every text', () => {
    const textOnly = validateFeedback({ feedbackRequired: true, feedbackFields: [] });
    expect(textOnly(feedbackDefaults([]))).toEqual({ text: 'REQUIRED' });
    expect(textOnly({ text: '已落实\u0000' })).toEqual({ text: 'CONTROL_CHARACTER' });
    expect(textOnly({ text: '已落实' })).toEqual({});
  });

  it('queues the API body with its client id, and opens it again as typed', () => {
    const payload = feedbackPayload(task, 'f1', { text: ' 已排查 ', count_households: '126', count_arrivals: '2' }, '2020-02-10T10:00:00.000Z');
    expect(payload).toEqual({ id: 'f1', text: '已排查', values: { households: 126, arrivals: 2 }, instructionId: 't1', answeredAt: '2020-02-10T10:00:00.000Z', task });
    expect(feedbackValues(payload)).toEqual({ text: '已排查', count_households: '126', count_arrivals: '2' });
    expect(feedbackPayload({ ...task, feedbackFields: [] }, 'f2', { text: '已完成' })).not.toHaveProperty('values');
  });

  it('puts the server\'s reasons on the form\'s fields', () => {
    expect(feedbackFormErrors({ 'values.households': 'NOT_A_COUNT', '/values/arrivals': 'VALUE_REQUIRED', text: 'TOO_LONG' }))
      .toEqual({ count_households: 'NOT_A_COUNT', count_arrivals: 'VALUE_REQUIRED', text: 'TOO_LONG' });
  });
});
