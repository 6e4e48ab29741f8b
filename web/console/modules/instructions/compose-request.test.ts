import dayjs from 'dayjs';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { FeedbackField } from '../../../../common/contracts/instructions.ts';
import { composeProblems, composeRequest, feedbackKey, formNameOf, type ComposeValues } from './compose-request.ts';

const now = new Date('2026-03-01T08:00:00Z');
const values = (overrides: Partial<ComposeValues> = {}): ComposeValues => ({
  title: ' 全面排查武汉来返人员 ', body: '请今日18时前完成入户排查。', priority: 'urgent',
  dueAt: dayjs('2026-03-01T10:00:00Z'), timing: 'now', sendAt: dayjs('2026-03-01T09:00:00Z'),
  recipients: { kind: 'grid_workers', regions: ['371502', '371581'], level: 3 },
  feedbackRequired: true, feedbackFields: [{ label: '排查户数', unit: '户' }, { label: ' 发现人数 ', unit: ' ' }],
  ...overrides,
});

describe('the compose form as a request', () => {
  it('trims the texts, keys the feedback fields by place and leaves out what the choices exclude', () => {
    expect(composeRequest('id-1', values())).toEqual({
      id: 'id-1', title: '全面排查武汉来返人员', body: '请今日18时前完成入户排查。', priority: 'urgent', dueAt: '2026-03-01T10:00:00.000Z',
      recipients: { kind: 'grid_workers', regions: ['371502', '371581'] }, feedbackRequired: true,
      feedbackFields: [{ key: 'f1', label: '排查户数', unit: '户' }, { key: 'f2', label: '发现人数' }],
    });
  });

  it('sends the level for staff, the time when scheduled, the original when forwarding, no fields without feedback', () => {
    const request = composeRequest('id-2', values({ timing: 'scheduled', recipients: { kind: 'staff', regions: ['371502'], level: 3 }, feedbackRequired: false }), 'orig');
    expect(request.recipients).toEqual({ kind: 'staff', regions: ['371502'], level: 3 });
    expect(request.sendAt).toBe('2026-03-01T09:00:00.000Z');
    expect(request.forwardOf).toBe('orig');
    expect(request.feedbackFields).toEqual([]);
  });

  it('makes keys the contract accepts', () => {
    for (const n of [0, 1, 4, 29]) expect(Value.Check(FeedbackField, { key: feedbackKey(n), label: '排查户数' })).toBe(true);
    expect(Value.Check(FeedbackField, { key: '1f', label: '排查户数' })).toBe(false);
  });
});

describe('attachments of a composed instruction', () => {
  it('are named by the ids the uploads answered, in order, and left out when there are none', () => {
    const request = composeRequest('id', values({ attachments: [{ id: 'b' }, { id: 'a' }] }));
    expect(request.attachments).toEqual(['b', 'a']);
    expect('attachments' in composeRequest('id', values({ attachments: [] }))).toBe(false);
  });
});

describe('problems of a composed instruction', () => {
  it('come from the shared rules, with the form\'s own for a schedule without a time', () => {
    const v = values({ title: ' ', dueAt: null, timing: 'scheduled', sendAt: null, recipients: { kind: 'staff', regions: [] }, feedbackFields: [{ label: '' }] });
    expect(composeProblems(composeRequest('id', v), v, now)).toEqual({
      title: 'REQUIRED', dueAt: 'DATE_INVALID', sendAt: 'REQUIRED', 'recipients.regions': 'NO_RECIPIENTS',
      'recipients.level': 'LEVEL_REQUIRED', 'feedbackFields.0.label': 'REQUIRED',
    });
    expect(composeProblems(composeRequest('id', values()), values(), now)).toEqual({});
  });

  it('land on the form\'s fields', () => {
    expect(formNameOf('title')).toEqual(['title']);
    expect(formNameOf('recipients.regions.3')).toEqual(['recipients', 'regions']);
    expect(formNameOf('recipients.level')).toEqual(['recipients', 'level']);
    expect(formNameOf('feedbackFields.1.key')).toEqual(['feedbackFields', 1, 'label']);
    expect(formNameOf('feedbackFields.0.unit')).toEqual(['feedbackFields', 0, 'unit']);
  });
});
