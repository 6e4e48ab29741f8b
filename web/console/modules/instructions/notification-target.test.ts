import { describe, expect, it } from 'vitest';
import { notificationTarget } from './notification-target.ts';

describe('where a notification leads', () => {
  it('opens the instruction of a known kind for those who track instructions', () => {
    expect(notificationTarget({ kind: 'reminder', instructionId: 'abc' }, true)).toBe('/instructions/abc');
    expect(notificationTarget({ kind: 'withdrawn', instructionId: 'abc' }, false)).toBeNull();
  });

  it('leads nowhere for a kind this console does not know, or without an instruction', () => {
    expect(notificationTarget({ kind: 'event_assigned', instructionId: null }, true)).toBeNull();
    expect(notificationTarget({ kind: 'event_assigned', instructionId: 'abc' }, true)).toBeNull();
    expect(notificationTarget({ kind: 'instruction', instructionId: null }, true)).toBeNull();
  });
});
