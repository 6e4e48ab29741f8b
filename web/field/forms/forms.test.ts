import { describe, expect, it } from 'vitest';
import { eventDefaults, eventPayload, eventValues, validateEvent } from './event.ts';
import { eventAskBody, eventAskDefaults, eventHandleDefaults, validateEventAsk, validateEventHandle } from './event-handle.ts';
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

  it('a report handled on the spot says so; one that was not leaves the flag out', () => {
    const values = { ...eventDefaults(), category: 'publicity' as const, description: ' 已张贴防疫海报 ', location: { lon: 115.98, lat: 36.45, crs: 'wgs84' as const }, occurredAt: '2020-02-10T08:00:00Z' };
    expect(eventPayload('e1', values)).not.toHaveProperty('handledOnSpot');
    const onSpot = eventPayload('e1', { ...values, handledOnSpot: true });
    expect(onSpot).toMatchObject({ description: '已张贴防疫海报', handledOnSpot: true });
    expect(eventValues(onSpot, []).handledOnSpot).toBe(true);
  });

  it('a handling needs a note in the shared text rule', () => {
    expect(validateEventHandle(eventHandleDefaults())).toEqual({ note: 'REQUIRED' });
    expect(validateEventHandle({ note: '已上门\u0000', photos: [] })).toEqual({ note: 'CONTROL_CHARACTER' });
    expect(validateEventHandle({ note: '已上门送药', photos: ['p1'] })).toEqual({});
  });

  it('asking the dispatcher: a reason always, the hours for an extension only', () => {
    expect(validateEventAsk(eventAskDefaults(null))).toEqual({ kind: 'REQUIRED', reason: 'REQUIRED' });
    expect(validateEventAsk({ ...eventAskDefaults('extend'), reason: '等待物资' })).toEqual({ hours: 'MINUTES_REQUIRED' });
    expect(eventAskBody({ kind: 'extend', reason: ' 等待物资 ', hours: 4 })).toEqual({ kind: 'request', body: { kind: 'extend', reason: '等待物资', minutes: 240 } });
    expect(eventAskBody({ kind: 'void', reason: '误报', hours: null })).toEqual({ kind: 'request', body: { kind: 'void', reason: '误报' } });
    expect(eventAskBody({ kind: 'return', reason: '不属于本网格', hours: null })).toEqual({ kind: 'return', body: { reason: '不属于本网格' } });
  });
});
