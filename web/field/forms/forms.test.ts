import { describe, expect, it } from 'vitest';
import { eventDefaults, validateEvent } from './event.ts';
import { householdDefaults, householdPayload, validateHousehold } from './household.ts';
import { movementDefaults, movementPayload, validateMovement } from './movement.ts';
import { personDefaults, personPayload, validatePerson } from './person.ts';
import { validateWarningVerify, warningVerifyDefaults } from './warning-verify.ts';

describe('form checks (the shared rules plus required fields)', () => {
  it('a household needs an address and a grid', () => {
    expect(validateHousehold(householdDefaults(null))).toEqual({ address: 'REQUIRED', gridCode: 'REQUIRED' });
    expect(validateHousehold({ ...householdDefaults('371502001001001'), address: '东关街1号' })).toEqual({});
  });

  it('names, addresses and notes follow the shared text rule; numbers are not stripped', () => {
    expect(validatePerson({ ...personDefaults(), name: '张三\r\nSet-Cookie: a=b' })).toEqual({ name: 'CONTROL_CHARACTER' });
    expect(validatePerson({ ...personDefaults(), name: '\u202E三张' })).toEqual({ name: 'BIDI_CONTROL' });
    expect(validatePerson({ ...personDefaults(), name: '\u200B' })).toEqual({ name: 'INVISIBLE_ONLY' });
    expect(validatePerson({ ...personDefaults(), name: '张三', phone: '13812345678\n', idNumber: '11010519491231002X ' })).toEqual({ phone: 'PHONE_INVALID', idNumber: 'ID_NUMBER_INVALID' });
    expect(validateHousehold({ ...householdDefaults('371502001001001'), address: '东关街1号\u0007' })).toEqual({ address: 'CONTROL_CHARACTER' });
    expect(validateHousehold({ ...householdDefaults('371502001001001'), address: '东关街1号', note: '第一行\n第二行' })).toEqual({});
    expect(validateWarningVerify({ ...warningVerifyDefaults(), outcome: 'normal', note: '已核实\u0000' })).toEqual({ note: 'CONTROL_CHARACTER' });
  });

  it('a person\'s ID number is checked (GB 11643) and must agree with birth date and sex', () => {
    expect(validatePerson({ ...personDefaults(), name: '张三', idNumber: '110105194912310021' })).toEqual({ idNumber: 'ID_NUMBER_CHECKSUM' });
    expect(validatePerson({ ...personDefaults(), name: '张三', idNumber: '11010519491231002X', sex: 'male' })).toEqual({ sex: 'SEX_MISMATCH' });
    expect(validatePerson({ ...personDefaults(), name: ' ', phone: '123' })).toEqual({ name: 'REQUIRED', phone: 'PHONE_INVALID' });
  });

  it('sends numbers normalised and leaves empty fields out', () => {
    const payload = personPayload('p1', 'h1', { ...personDefaults(), name: ' 张三 ', idNumber: '11010519491231002x', phone: '+8613812345678' });
    expect(payload).toEqual({ id: 'p1', householdId: 'h1', name: '张三', idNumber: '11010519491231002X', phone: '13812345678' });
    expect(householdPayload('h1', { ...householdDefaults('371502001001001'), address: ' 东关街1号 ' })).toEqual({ id: 'h1', address: '东关街1号', gridCode: '371502001001001' });
  });

  it('a departure is dated today by default; other provinces need the province', () => {
    const departure = movementDefaults('departure');
    expect(departure.leftOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(validateMovement({ ...departure, category: 'other_province' })).toEqual({ province: 'PROVINCE_REQUIRED' });
    expect(validateMovement({ ...departure, category: null })).toEqual({ category: 'REQUIRED' });
    expect(movementPayload('m1', 'p1', { ...departure, category: 'wuhan', province: '湖北省' })).toMatchObject({ direction: 'departure', category: 'wuhan', province: '湖北省', healthStatus: 'normal' });
  });

  it('an event needs a category, a description and a location', () => {
    expect(validateEvent(eventDefaults())).toEqual({ category: 'REQUIRED', description: 'REQUIRED', location: 'REQUIRED' });
  });
});
