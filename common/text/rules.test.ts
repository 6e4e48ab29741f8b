import { describe, expect, it } from 'vitest';
import { checkName, checkText } from '../field/rules.ts';
import { freeTextProblem, nameProblem, TEXT_PROBLEMS, trimText, unstorableProblem } from './rules.ts';

describe('names', () => {
  it.each([
    ['张三'], ['欧阳 娜娜'], ['Zhang San'], ['阿依古丽·买买提'], ['𠮷田'], ['O\'Brien'], ['  李明  '], ['👨‍👩‍👧'], ['ﺍﺣﻤﺪ'],
  ])('%j is a name', (name) => {
    expect(nameProblem(name)).toBeNull();
  });

  it.each([
    ['王五\r\nSet-Cookie: a=b', 'CONTROL_CHARACTER'],
    ['王\n五', 'CONTROL_CHARACTER'],
    ['王五\n', 'CONTROL_CHARACTER'],
    ['王\t五', 'CONTROL_CHARACTER'],
    ['王\u0000五', 'CONTROL_CHARACTER'],
    ['王五\u0007', 'CONTROL_CHARACTER'],
    ['王五\u001B[0m', 'CONTROL_CHARACTER'],
    ['王五\u007F', 'CONTROL_CHARACTER'],
    ['王\u0085五', 'CONTROL_CHARACTER'],
    ['王\u009F五', 'CONTROL_CHARACTER'],
    ['王\u2028五', 'CONTROL_CHARACTER'],
    ['王\u2029五', 'CONTROL_CHARACTER'],
    ['\u202E五王', 'BIDI_CONTROL'],
    ['王\u202A五', 'BIDI_CONTROL'],
    ['\u2066王五\u2069', 'BIDI_CONTROL'],
    ['王五\u200E', 'BIDI_CONTROL'],
    ['王五\u200F', 'BIDI_CONTROL'],
    ['王五\u061C', 'BIDI_CONTROL'],
    ['\u200B', 'INVISIBLE_ONLY'],
    ['\u200B\u200C\u200D', 'INVISIBLE_ONLY'],
    ['\uFEFF\u2060 \u00AD', 'INVISIBLE_ONLY'],
    ['王\uD800五', 'INVALID_CHARACTER'],
    ['王五\uDC00', 'INVALID_CHARACTER'],
    ['\uDE00\uD83D', 'INVALID_CHARACTER'],
  ])('%j is refused as %s', (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });

  it('plain spaces alone are an empty name, REQUIRED where a name is needed, not a character problem', () => {
    expect(nameProblem('   ')).toBeNull();
    const errors: Record<string, string> = {};
    checkName(errors, 'name', '   ', 50, true);
    expect(errors).toEqual({ name: 'REQUIRED' });
  });

  it('counts length in code points after trimming, and stores the trimmed text', () => {
    const errors: Record<string, string> = {};
    checkName(errors, 'a', ` ${'𠮷'.repeat(5)} `, 5, true);
    checkName(errors, 'b', '𠮷'.repeat(6), 5, true);
    expect(errors).toEqual({ b: 'TOO_LONG' });
    expect(trimText('  李 明  ')).toBe('李 明');
  });
});

describe('free text', () => {
  it.each([
    ['第一行\n第二行'], ['Windows\r\n换行'], ['带\t制表符'], ['\u200B零宽也可'], ['אבג\u200Fמילה'], ['表情 😷'], [''],
  ])('%j is free text', (text) => {
    expect(freeTextProblem(text)).toBeNull();
  });

  it.each([
    ['\u0000', 'CONTROL_CHARACTER'],
    ['响铃\u0007', 'CONTROL_CHARACTER'],
    ['\u001B[31m红字', 'CONTROL_CHARACTER'],
    ['\u000B竖表', 'CONTROL_CHARACTER'],
    ['\u000C换页', 'CONTROL_CHARACTER'],
    ['\u007F', 'CONTROL_CHARACTER'],
    ['\u0080', 'CONTROL_CHARACTER'],
    ['文件\u202Etxt.exe', 'BIDI_CONTROL'],
    ['\u2067隔离', 'BIDI_CONTROL'],
    ['半个\uD800', 'INVALID_CHARACTER'],
  ])('%j is refused as %s', (text, problem) => {
    expect(freeTextProblem(text)).toBe(problem);
  });

  it('keeps line breaks inside, trims the ends', () => {
    const errors: Record<string, string> = {};
    checkText(errors, 'note', '\n第一行\n第二行\n', 500, false);
    expect(errors).toEqual({});
    expect(trimText('\n第一行\n第二行\n')).toBe('第一行\n第二行');
  });
});

describe('what no string may hold', () => {
  it('NUL and unpaired surrogates, whatever the field', () => {
    expect(unstorableProblem('a\u0000b')).toBe('CONTROL_CHARACTER');
    expect(unstorableProblem('a\uD800')).toBe('INVALID_CHARACTER');
    expect(unstorableProblem('a\u0007\n\u202E')).toBeNull();
    expect(unstorableProblem('😷')).toBeNull();
  });

  it('every problem has a Chinese and an English message', () => {
    for (const message of Object.values(TEXT_PROBLEMS)) {
      expect(message.zh).toMatch(/[\u4E00-\u9FFF]/);
      expect(message.en.length).toBeGreaterThan(5);
    }
  });
});
