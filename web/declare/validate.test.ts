import { describe, expect, it } from 'vitest';
import { emptyDraft, halfWidth, parseTemperature, serverFieldErrors, stepTemperature, validate, type Draft } from './validate.ts';

const filled = (extra: Partial<Draft> = {}): Draft => ({
  ...emptyDraft(), name: ' 张三 ', phone: '13800138000', direction: 'in', temperature: '36.5', symptoms: 'none', keyAreaTravel: false, caseContact: false, ...extra,
});

describe('the declaration form checks', () => {
  it('an empty form names every required field, and not the optional ID number', () => {
    const { errors, fields } = validate(emptyDraft());
    expect(fields).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['caseContact', 'direction', 'keyAreaTravel', 'name', 'phone', 'symptoms', 'temperature']);
    expect(errors.phone?.zh).toBe('请填写手机号');
  });

  it('a complete form gives the request body: trimmed, normalized, symptoms in vocabulary order, no empty ID', () => {
    expect(validate(filled({ symptoms: ['short_breath', 'fever'] })).fields).toEqual({
      name: '张三', phone: '13800138000', direction: 'in', temperature: 36.5, symptoms: ['fever', 'short_breath'], keyAreaTravel: false, caseContact: false,
    });
    expect(validate(filled()).fields?.symptoms).toEqual([]);
    expect(validate(filled({ idNumber: '11010519491231002x' })).fields?.idNumber).toBe('11010519491231002X');
  });

  it('uses the shared phone and ID number checks', () => {
    expect(validate(filled({ phone: '1234567' })).errors.phone?.zh).toBe('请输入11位大陆手机号（仅数字，可加+86，不含空格或横线）');
    expect(validate(filled({ phone: '+8613800138000' })).fields?.phone).toBe('13800138000');
    expect(validate(filled({ phone: '１３８００１３８０００' })).fields?.phone).toBe('13800138000');
    for (const phone of ['138 0013 8000', '138-0013-8000', '13800138000\n', '+86 13800138000']) {
      expect(validate(filled({ phone })).errors.phone?.zh, phone).toBe('请输入11位大陆手机号（仅数字，可加+86，不含空格或横线）');
    }
    expect(validate(filled({ idNumber: '110105 19491231002X' })).errors.idNumber?.zh).toBe('身份证号只能是数字，最后一位可为X，不含空格');
    expect(validate(filled({ idNumber: '110105194912310021' })).errors.idNumber?.zh).toBe('身份证号校验位不正确');
    expect(validate(filled({ idNumber: '1101051949' })).errors.idNumber?.zh).toBe('身份证号应为18位');
  });

  it('refuses a name with a control, bidi or only invisible characters, with the shared message', () => {
    expect(validate(filled({ name: '张三\u0007' })).errors.name?.zh).toBe('不能包含换行、制表符等控制字符');
    expect(validate(filled({ name: '张\n三' })).errors.name?.zh).toBe('不能包含换行、制表符等控制字符');
    expect(validate(filled({ name: '\u202E三张' })).errors.name?.zh).toBe('不能包含文字方向控制符');
    expect(validate(filled({ name: '\u200B\u200B' })).errors.name?.zh).toBe('不能只包含空白或不可见字符');
    expect(validate(filled({ name: '张\uD800' })).errors.name?.zh).toBe('包含无法识别的字符');
    expect(validate(filled({ name: '𠮷'.repeat(30) })).fields?.name).toBe('𠮷'.repeat(30));
  });

  it('takes temperatures from 35.0 to 42.0 with one decimal, full-width digits included', () => {
    expect(parseTemperature('36.5')).toEqual({ ok: true, value: 36.5 });
    expect(parseTemperature('３７．２')).toEqual({ ok: true, value: 37.2 });
    expect(parseTemperature('38')).toEqual({ ok: true, value: 38 });
    expect(parseTemperature('36,8℃')).toEqual({ ok: true, value: 36.8 });
    expect(parseTemperature('')).toEqual({ ok: false, problem: 'EMPTY' });
    expect(parseTemperature('36.55')).toEqual({ ok: false, problem: 'FORMAT' });
    expect(parseTemperature('abc')).toEqual({ ok: false, problem: 'FORMAT' });
    expect(parseTemperature('34.9')).toEqual({ ok: false, problem: 'RANGE' });
    expect(parseTemperature('42.1')).toEqual({ ok: false, problem: 'RANGE' });
    expect(validate(filled({ temperature: '43' })).errors.temperature?.zh).toBe('体温应在 35.0–42.0 °C 之间');
  });

  it('steps the temperature by 0.1 from 36.5, inside the range', () => {
    expect(stepTemperature('', 0.1)).toBe('36.5');
    expect(stepTemperature('36.5', 0.1)).toBe('36.6');
    expect(stepTemperature('36.0', -0.1)).toBe('35.9');
    expect(stepTemperature('42.0', 0.1)).toBe('42.0');
    expect(stepTemperature('35.0', -0.1)).toBe('35.0');
  });

  it('maps the server\'s field reasons to messages, and keeps the rest apart', () => {
    const { errors, other } = serverFieldErrors({ phone: 'PHONE_INVALID', idNumber: 'ID_NUMBER_CHECKSUM', temperature: 'must be <= 42', token: 'is required' });
    expect(errors.phone?.zh).toBe('请输入11位大陆手机号（仅数字，可加+86，不含空格或横线）');
    expect(errors.idNumber?.zh).toBe('身份证号校验位不正确');
    expect(errors.temperature).toEqual({ zh: '填写有误', en: 'must be <= 42' });
    expect(other).toEqual(['token: is required']);
  });

  it('turns full-width digits and letters into ASCII', () => {
    expect(halfWidth('１３８００１３８０００ｘ')).toBe('13800138000x');
  });
});
