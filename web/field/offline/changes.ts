/**
 * "The outbox changed": listeners in this tab, and other tabs of the app through a
 * BroadcastChannel, so every open screen shows the same queue.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('epigrid-field-outbox');
channel?.addEventListener('message', () => emitLocal());

function emitLocal(): void {
  for (const listener of [...listeners]) listener();
}

export function onOutboxChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function outboxChanged(): void {
  emitLocal();
  channel?.postMessage('changed');
}
