import { describe, expect, it } from 'vitest';
import { nextPath } from './next-path.ts';

describe('nextPath', () => {
  it('accepts a path on this site, with its query', () => {
    expect(nextPath('?next=%2Fscreen%3Fregion%3D371502')).toBe('/screen?region=371502');
  });

  it('refuses other origins and anything that is not a path', () => {
    for (const next of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '']) {
      expect(nextPath(`?next=${encodeURIComponent(next)}`)).toBeNull();
    }
    expect(nextPath('')).toBeNull();
  });
});
