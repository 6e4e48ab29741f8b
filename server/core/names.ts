import { maskName } from '../../common/identity/mask.ts';
import { can } from '../../common/permissions.ts';
import type { Actor } from './actor.ts';

/** A person's name in a list: in full for a caller with `pii.names`, masked (张*明) for everyone else. */
export function nameFor(actor: Actor, name: string): string {
  return can(actor.role, 'pii.names') ? name : maskName(name);
}
