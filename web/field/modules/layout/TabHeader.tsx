import type { ReactNode } from 'react';
import { NotificationBell } from './NotificationBell.tsx';
import { StatusChips } from './StatusChips.tsx';

/** The top of a tab page: its title, the notifications bell, and the connection and queue status. */
export function TabHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  return (
    <header className="tab-header">
      <h1 className="tab-title">{title}</h1>
      {extra}
      <NotificationBell />
      <StatusChips />
    </header>
  );
}
