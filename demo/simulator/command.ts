import { sql } from 'kysely';
import type { EventCategory } from '../../common/field/vocabulary.ts';
import { answerInstruction, readInstruction } from '../../server/modules/instructions/inbox.ts';
import { closeEvent, dispatchEvent, handleEvent, verifyEvent } from '../../server/modules/events/steps.ts';
import { DEPARTMENT_OF } from '../history/event-loop.ts';
import { chance, intBetween } from '../history/random.ts';
import { newId, SIMULATED, type SimContext } from './context.ts';

/** The command loop moving: grid workers read and answer instructions, offices dispatch, departments handle. */

const MINUTE = 60_000;
/** Nobody acts on a thing the very minute it arrives. */
const SETTLE = 2 * MINUTE;

/** A grid's worker opens the oldest open instruction in their inbox and, if asked, answers it with plausible counts. */
export async function answerInstructionStep({ services, cast, random, now }: SimContext): Promise<void> {
  const receipt = await services.database.db.selectFrom('instruction_receipts as r').innerJoin('instructions as i', 'i.id', 'r.instruction_id')
    .select(['r.instruction_id', 'r.unit_code', 'r.status', 'i.feedback_required', 'i.feedback_fields'])
    .where('r.status', '!=', 'done').where('i.withdrawn_at', 'is', null).where('i.kind', '=', 'grid_workers')
    .where('i.send_at', '<=', new Date(now.getTime() - SETTLE)).where('r.unit_code', 'in', cast.gridsWithWorker.slice(0, 5_000))
    .orderBy('i.send_at', 'desc').limit(1).executeTakeFirst();
  if (!receipt) return;
  const worker = cast.workers.get(receipt.unit_code)!;
  if (receipt.status === 'unread') await readInstruction(services, worker, receipt.instruction_id, now);
  if (!receipt.feedback_required || chance(random, 0.3)) return;
  const fields = (receipt.feedback_fields ?? []) as { key: string }[];
  await answerInstruction(services, worker, receipt.instruction_id, {
    id: newId(), text: `${SIMULATED}已按要求落实`, values: Object.fromEntries(fields.map((f) => [f.key, intBetween(random, 0, 120)])),
  }, now);
}

/** The oldest open event takes its next step, by whoever must take it. */
export async function advanceEvent(ctx: SimContext): Promise<void> {
  const { services, cast, now } = ctx;
  const event = await services.database.db.selectFrom('events')
    .select(['id', 'grid_code', 'category', 'status', 'assigned_department_id', 'assigned_user_id', 'dispatched_by', 'suspended_at'])
    .where('status', 'in', ['reported', 'accepted', 'returned', 'dispatched', 'handled', 'verified'])
    .where('suspended_at', 'is', null).where('step_started_at', '<=', new Date(now.getTime() - SETTLE))
    .orderBy('step_due_at').limit(1).executeTakeFirst();
  if (!event) return;
  const office = cast.officeFor(event.grid_code);
  if (!office) return;
  switch (event.status) {
    case 'reported': case 'accepted': case 'returned': {
      const kind = DEPARTMENT_OF[event.category as EventCategory];
      const department = kind ? await sql<{ id: string }>`SELECT id FROM departments WHERE kind = ${kind} AND active
        AND region_code = ${event.grid_code.slice(0, 6)} LIMIT 1`.execute(services.database.db) : null;
      const departmentId = department?.rows[0]?.id;
      const worker = cast.workers.get(event.grid_code);
      if (!departmentId && !worker) return;
      await dispatchEvent(services, office, event.id, departmentId ? { departmentId, note: `${SIMULATED}请及时处置` } : { userId: worker!.id }, now);
      return;
    }
    case 'dispatched': {
      const handler = event.assigned_department_id ? cast.departmentHandlers.get(event.assigned_department_id) : cast.workers.get(event.grid_code);
      if (handler && (handler.id === event.assigned_user_id || handler.departmentId === event.assigned_department_id)) {
        await handleEvent(services, handler, event.id, { note: `${SIMULATED}已到场处置` }, [], now);
      }
      return;
    }
    case 'handled':
      await verifyEvent(services, office, event.id, { passed: !chance(ctx.random, 0.05), note: `${SIMULATED}现场核查` }, now);
      return;
    case 'verified':
      await closeEvent(services, office, event.id, { note: `${SIMULATED}办结` }, now);
  }
}
