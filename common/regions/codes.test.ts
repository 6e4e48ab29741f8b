import { describe, expect, it } from 'vitest';
import {
  canonicalRegionCode, childCode, codeChain, isWithinScope, levelOfCode, nextPrefix, parentCodeOf, scopeRange,
} from './codes.ts';

describe('hierarchical region codes', () => {
  it.each([
    ['3715', 1], ['371502', 2], ['371502001', 3], ['371502001001', 4], ['371502001001003', 5],
  ] as const)('%s is level %i', (code, level) => {
    expect(levelOfCode(code)).toBe(level);
  });

  it.each(['', '37', '37150', '3715020011', '37150200100100', '3715020010010031', '37150a', '371502001001 03'])('%j is not a region code', (code) => {
    expect(levelOfCode(code)).toBeNull();
  });

  it('parents are prefixes and the chain runs city first', () => {
    expect(parentCodeOf('371502001001003')).toBe('371502001001');
    expect(parentCodeOf('371502')).toBe('3715');
    expect(parentCodeOf('3715')).toBeNull();
    expect(codeChain('371502001001003')).toEqual(['3715', '371502', '371502001', '371502001001', '371502001001003']);
  });

  it('builds child codes with the right width', () => {
    expect(childCode('371502001001', 3)).toBe('371502001001003');
    expect(childCode('3715', 81)).toBe('371581');
    expect(childCode('371502', 104)).toBe('371502104');
    expect(() => childCode('371502001001', 1000)).toThrow();
    expect(() => childCode('371502001001003', 1)).toThrow();
  });

  it('accepts the 6-digit statistical code of the city', () => {
    expect(canonicalRegionCode('371500')).toBe('3715');
    expect(canonicalRegionCode('371502')).toBe('371502');
  });
});

describe('scope ranges', () => {
  it('is the half-open range of codes with the prefix', () => {
    expect(scopeRange('371502')).toEqual({ from: '371502', to: '371503' });
    expect(nextPrefix('371509')).toBe('37150:');
  });

  it('contains exactly the descendants', () => {
    const { from, to } = scopeRange('371509');
    const inside = (c: string) => c >= from && c < to;
    expect(inside('371509')).toBe(true);
    expect(inside('371509999999999')).toBe(true);
    expect(inside('371510')).toBe(false);
    expect(inside('371508999')).toBe(false);
    expect(inside('37150')).toBe(false);
  });

  it('matches isWithinScope', () => {
    expect(isWithinScope('371502001001003', '371502')).toBe(true);
    expect(isWithinScope('371503001', '371502')).toBe(false);
    expect(isWithinScope('3715', '371502')).toBe(false);
  });
});
