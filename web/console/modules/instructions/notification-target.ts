import { NOTIFICATION_KIND } from '../../../../common/instructions/vocabulary.ts';

/** Kinds this console knows; others (added later, e.g. about an event) show by their title alone. */
export const isKnownKind = (kind: string): boolean => (NOTIFICATION_KIND.codes as readonly string[]).includes(kind);

/** Where a notification leads: its instruction's page, for a known kind and a reader who may track instructions; else nowhere. */
export function notificationTarget(n: { kind: string; instructionId: string | null }, canTrack: boolean): string | null {
  return isKnownKind(n.kind) && n.instructionId && canTrack ? `/instructions/${n.instructionId}` : null;
}
