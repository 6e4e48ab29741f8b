import type { LiveChange } from '../../common/contracts/live.ts';
import { apiUrl } from './api.ts';

export interface LiveHandlers {
  /** The stream opened (again): `resumed` after a break, when changes may have been missed. */
  onOpen(resumed: boolean): void;
  onLost(): void;
  onChange(change: LiveChange): void;
  /** The server may have missed changes (its database connection came back): refetch everything shown. */
  onResync(): void;
}

/** EventSource gives up after an HTTP error (401, 404, 503); we try again this much later. */
const REOPEN_MS = 15_000;

/**
 * Listens to /api/live. The browser's EventSource reconnects by itself after a dropped
 * connection; only a refused one is reopened here. Returns the function that stops listening.
 */
export function openLiveStream(handlers: LiveHandlers): () => void {
  let source: EventSource | null = null;
  let reopen: ReturnType<typeof setTimeout> | undefined;
  let opened = false;

  const connect = () => {
    const current = new EventSource(apiUrl('GET /api/live'));
    source = current;
    current.onopen = () => {
      handlers.onOpen(opened);
      opened = true;
    };
    current.addEventListener('change', (message) => {
      let change: LiveChange;
      try {
        change = JSON.parse((message as MessageEvent<string>).data) as LiveChange;
      } catch {
        return;
      }
      if (Array.isArray(change.topics) && Array.isArray(change.regions)) handlers.onChange(change);
    });
    current.addEventListener('resync', () => handlers.onResync());
    current.onerror = () => {
      handlers.onLost();
      if (current.readyState === EventSource.CLOSED) reopen = setTimeout(connect, REOPEN_MS);
    };
  };

  connect();
  return () => {
    clearTimeout(reopen);
    source?.close();
  };
}
