import { describe, expect, it } from 'vitest';
import { changeText, changeTone } from './change.ts';

describe('changes', () => {
  it('reads with an arrow and the amount', () => {
    expect(changeText(1234)).toBe('▲ 1,234');
    expect(changeText(-3)).toBe('▼ 3');
    expect(changeText(0)).toBe('持平');
  });

  it('is bad news when a bad figure rises and good news when a good one does', () => {
    expect(changeTone(2, 'upIsBad')).toBe('bad');
    expect(changeTone(-2, 'upIsBad')).toBe('good');
    expect(changeTone(2, 'upIsGood')).toBe('good');
    expect(changeTone(2, 'neutral')).toBe('flat');
    expect(changeTone(0, 'upIsBad')).toBe('flat');
  });
});
