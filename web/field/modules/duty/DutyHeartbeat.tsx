import { useEffect, useRef } from 'react';
import { enqueueHeartbeat } from '../../offline/outbox.ts';
import { syncEngine } from '../../offline/sync-engine.ts';
import { useCurrentUser } from '../auth/session.ts';
import { currentPosition } from '../location/geolocate.ts';
import { saveLocalShift, useDuty } from './duty-state.ts';

export const HEARTBEAT_MS = 2 * 60_000;

/**
 * While a shift is open (and only then) the phone reports where it is every two minutes.
 * A heartbeat without a position fix is skipped; one made offline waits in the outbox
 * (replacing an older one still waiting).
 */
export function DutyHeartbeat() {
  const me = useCurrentUser();
  const { shift } = useDuty();
  const latest = useRef(shift);
  latest.current = shift;
  const shiftId = shift?.id ?? null;

  useEffect(() => {
    if (!shiftId) return;
    let busy = false;
    const beat = async () => {
      const current = latest.current;
      if (busy || !current || current.id !== shiftId) return;
      busy = true;
      try {
        const location = await currentPosition(30_000);
        const at = new Date().toISOString();
        await enqueueHeartbeat({ id: crypto.randomUUID(), shiftId, at, location }, me.id, syncEngine.getStatus().sendingId);
        if (latest.current?.id === shiftId) await saveLocalShift(me.id, { ...latest.current, lastHeartbeatAt: at });
      } catch {
        // No fix this time (indoors, permission refused): the next beat tries again.
      } finally {
        busy = false;
      }
    };
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [shiftId, me.id]);
  return null;
}
