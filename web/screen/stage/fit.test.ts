import { describe, expect, it } from 'vitest';
import { fitStage } from './fit.ts';

describe('fitStage', () => {
  it('is the identity on a 1080p display', () => {
    expect(fitStage(1920, 1080)).toEqual({ scale: 1, x: 0, y: 0 });
  });

  it('doubles on 4K and letterboxes other shapes', () => {
    expect(fitStage(3840, 2160).scale).toBe(2);
    expect(fitStage(1440, 900)).toEqual({ scale: 0.75, x: 0, y: 45 });
    expect(fitStage(2560, 1080)).toEqual({ scale: 1, x: 320, y: 0 });
  });
});
