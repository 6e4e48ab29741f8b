import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en, zh } from '../../i18n/messages.ts';
import { actionLabel, KNOWN_ACTIONS, targetTypeLabel } from './audit-labels.ts';
import { changeLines, searchSummary } from './audit-detail.ts';

const i18n = i18next.createInstance();
await i18n.init({ resources: { zh: { translation: zh }, en: { translation: en } }, lng: 'zh', fallbackLng: 'zh', initAsync: false, interpolation: { escapeValue: false } });
const zhT = i18n.getFixedT('zh');
const enT = i18n.getFixedT('en');

describe('the audit page reads record changes', () => {
  it('names every action the server records, in Chinese and English', () => {
    for (const action of KNOWN_ACTIONS) {
      expect(actionLabel(zhT, action), action).not.toBe(action);
      expect(actionLabel(enT, action), action).not.toBe(action);
    }
    expect(actionLabel(zhT, 'case.change')).toBe('变更病例状态');
    expect(actionLabel(zhT, 'auth.login')).toBe('登录');
    expect(targetTypeLabel(zhT, 'checkpoint')).toBe('卡点');
  });

  it('shows a change as its fields before → after, in a fixed order, with codes as words and free text as a length', () => {
    const entry = {
      targetType: 'case',
      // As jsonb answers it: keys by length, not in the order written.
      detail: { before: { note: null, source: { length: 6 }, status: 'suspected' }, after: { note: { length: 4 }, source: { length: 10 }, status: 'confirmed' } },
    };
    expect(changeLines(zhT, 'zh', entry)).toEqual([
      { field: '状态', before: '疑似', after: '确诊' },
      { field: '信息来源', before: '6字（内容不记录）', after: '10字（内容不记录）' },
      { field: '备注', before: '—', after: '4字（内容不记录）' },
    ]);
    expect(changeLines(enT, 'en', entry)![0]).toEqual({ field: 'Status', before: 'Suspected', after: 'Confirmed' });
  });

  it('reads a step of an event\'s loop: its status, its note as a length, the department it went to', () => {
    const entry = { targetType: 'event', detail: { before: { status: 'reported', note: null, departmentId: null }, after: { status: 'dispatched', note: { length: 8 }, departmentId: 'd-1' } } };
    expect(changeLines(zhT, 'zh', entry)).toEqual([
      { field: '状态', before: '已上报', after: '已派遣' },
      { field: '承办部门', before: '—', after: 'd-1' },
      { field: '备注', before: '—', after: '8字（内容不记录）' },
    ]);
    expect(changeLines(zhT, 'zh', { targetType: 'department', detail: { after: { kind: 'cdc' } } })).toEqual([{ field: '部门类型', after: '疾控' }]);
  });

  it('a create has no before; masked values, flags, instants and other kinds of status read as such', () => {
    expect(changeLines(zhT, 'zh', { targetType: 'person', detail: { after: { name: '欧**计', sex: 'female', birthDate: '1985' } } })).toEqual([
      { field: '姓名', after: '欧**计' }, { field: '性别', after: '女' }, { field: '出生年份', after: '1985' },
    ]);
    expect(changeLines(zhT, 'zh', { targetType: 'warning', detail: { before: { status: 'open' }, after: { status: 'verified', verifiedAt: '2026-02-14T08:00:00.000Z' } } })).toEqual([
      { field: '状态', before: '待核实', after: '已核实' }, { field: '核实时间', before: '—', after: '2026-02-14 16:00' },
    ]);
    expect(changeLines(zhT, 'zh', { targetType: 'user', detail: { unlocked: true } })).toEqual([{ field: '解除登录锁定', after: '是' }]);
    expect(changeLines(zhT, 'zh', { targetType: 'user', detail: { before: { disabled: false }, after: { disabled: true } } })).toEqual([{ field: '停用', before: '否', after: '是' }]);
    expect(changeLines(zhT, 'zh', { targetType: 'cases', detail: { rows: 3 } })).toBeNull();
  });

  it('a search by number reads as what was searched and how many were found', () => {
    expect(searchSummary(zhT, { by: ['idNumber', 'phone'], results: 1 })).toBe('按身份证号、手机号查询，找到 1 人（号码不记录）');
    expect(searchSummary(enT, { by: ['phone'], results: 0 })).toBe('By Phone: 0 found (numbers not recorded)');
    expect(searchSummary(zhT, { rows: 3 })).toBeNull();
  });
});
