import { describe, expect, it } from 'vitest';
import { checkIdNumber, idNumberCheckChar } from './id-number.ts';
import { maskIdNumber, maskName, maskPhone } from './mask.ts';
import { checkMobilePhone } from './phone.ts';

const TODAY = new Date('2026-11-29T00:00:00Z');

describe('GB 11643 ID numbers', () => {
  it('accepts the standard\'s worked example and reads birth date and sex', () => {
    expect(checkIdNumber('11010519491231002X', TODAY)).toEqual({ ok: true, normalized: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' });
  });

  it('computes the MOD 11-2 check character', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    const base = '37150219850612001';
    const full = base + idNumberCheckChar(base);
    expect(checkIdNumber(full, TODAY)).toMatchObject({ ok: true, birthDate: '1985-06-12', sex: 'male' });
  });

  it('accepts a lower-case x, stored as X, but strips nothing', () => {
    expect(checkIdNumber('11010519491231002x', TODAY)).toMatchObject({ ok: true, normalized: '11010519491231002X' });
    for (const written of [' 11010519491231002X', '11010519491231002X\n', '110105 19491231 002X', '110105-19491231002X', '\u200B11010519491231002X']) {
      expect(checkIdNumber(written, TODAY), JSON.stringify(written)).toEqual({ ok: false, problem: 'FORMAT' });
    }
  });

  it.each([
    ['110105194912310021', 'CHECKSUM'],
    ['', 'EMPTY'],
    ['11010519491231002', 'LENGTH'],
    ['1101051949123100212', 'LENGTH'],
    ['1101051949123100AX', 'FORMAT'],
    ['99010519491231002X', 'REGION'],
    ['110105194902300020', 'BIRTH_DATE'],
    ['110105194913010020', 'BIRTH_DATE'],
    ['110105203001010020', 'BIRTH_DATE'],
    ['110105189912310020', 'BIRTH_DATE'],
  ])('%j is rejected with %s', (input, problem) => {
    expect(checkIdNumber(input, TODAY)).toEqual({ ok: false, problem });
  });
});

describe('mainland mobile numbers', () => {
  it.each([['13812345678', '13812345678'], ['+8619912345678', '19912345678']])('%j is valid', (input, normalized) => {
    expect(checkMobilePhone(input)).toEqual({ ok: true, normalized });
  });

  it.each([['', 'EMPTY'], ['12812345678', 'FORMAT'], ['1381234567', 'FORMAT'], ['138123456789', 'FORMAT'], ['0635-8888888', 'FORMAT'],
    // Written exactly or refused: no space, dash, line break or other prefix is taken away.
    ['138 1234 5678', 'FORMAT'], ['138-1234-5678', 'FORMAT'], ['13812345678\n', 'FORMAT'], [' 13812345678', 'FORMAT'], ['+86 13812345678', 'FORMAT'],
    ['8613812345678', 'FORMAT'], ['008613812345678', 'FORMAT'], ['１３８１２３４５６７８', 'FORMAT'], ['\u200B13812345678', 'FORMAT']])('%j is rejected', (input, problem) => {
    expect(checkMobilePhone(input)).toEqual({ ok: false, problem });
  });
});

describe('masking', () => {
  it('keeps only the ends visible', () => {
    expect(maskIdNumber('37150219850612001X')).toBe('3715*************X');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskName('张明')).toBe('张*');
    expect(maskName('欧阳小明')).toBe('欧**明');
    expect(maskName('李')).toBe('李');
  });
});
