import type { MemberObservation } from '../../../common/contracts/field.ts';
import type { Actor } from '../../http/context.ts';
import type { AppServices } from '../../services.ts';
import { listMovementsInScope } from '../movements/service.ts';

/** Members whose arrival keeps them under observation today, each with the latest day a window ends. */
export async function householdObservation(services: AppServices, actor: Actor, householdId: string): Promise<MemberObservation[]> {
  const { items } = await listMovementsInScope(services, actor, { householdId, direction: 'arrival', inObservation: true, offset: 0, limit: 200 });
  const endsOn = new Map<string, string>();
  for (const m of items) {
    if (m.observationEndsOn && m.observationEndsOn > (endsOn.get(m.personId) ?? '')) endsOn.set(m.personId, m.observationEndsOn);
  }
  return [...endsOn].map(([personId, observationEndsOn]) => ({ personId, observationEndsOn }));
}
