/// <reference types="vite/client" />
import { useSyncExternalStore } from 'react';

/**
 * Registers the service worker that keeps the app shell on the phone (/m/sw.js, scope /m/).
 * A new version waits until the worker chooses to update (a banner offers it), so a page never
 * runs half old, half new code in the middle of a form.
 */
let applyUpdate: (() => void) | null = null;
const listeners = new Set<() => void>();

export function registerServiceWorker(): void {
  // Any build registers it (also one made with NODE_ENV=test); the dev server never does.
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  void import('workbox-window').then(({ Workbox }) => {
    const wb = new Workbox('/m/sw.js', { scope: '/m/' });
    wb.addEventListener('waiting', () => {
      applyUpdate = () => {
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      };
      listeners.forEach((l) => l());
    });
    void wb.register();
  });
}

/** A function that switches to the waiting new version, or null when there is none. */
export function useUpdateAvailable(): (() => void) | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => applyUpdate,
  );
}
