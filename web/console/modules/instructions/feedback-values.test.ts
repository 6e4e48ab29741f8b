import { describe, expect, it } from 'vitest';
import { checkFeedback } from '../../../../common/instructions/rules.ts';
import { feedbackRequest, feedbackValuesText } from './feedback-values.ts';

const fields = [{ key: 'f1', label: '排查户数', unit: '户' }, { key: 'f2', label: '发现发热人数' }];

describe('a feedback', () => {
  it('sends trimmed text and the counts filled in, so the shared rules name an empty one', () => {
    const body = feedbackRequest('id', { text: '  已完成  ', values: { f1: 1200, f2: null } });
    expect(body).toEqual({ id: 'id', text: '已完成', values: { f1: 1200 } });
    expect(checkFeedback(body, { feedbackRequired: true, fields })).toEqual({ 'values.f2': 'VALUE_REQUIRED' });
    expect(feedbackRequest('id', { text: ' ' })).toEqual({ id: 'id' });
  });

  it('reads back as the sender named its counts', () => {
    expect(feedbackValuesText(fields, { f1: 1200, f2: 0 })).toBe('排查户数 1,200户，发现发热人数 0');
    expect(feedbackValuesText(fields, {})).toBe('');
  });
});
