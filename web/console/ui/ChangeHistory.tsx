import { Timeline } from 'antd';
import type { ReactNode } from 'react';

export interface HistoryEntry {
  key: string | number;
  color: string;
  when: ReactNode;
  /** What changed, e.g. "suspected → **confirmed**". */
  change: ReactNode;
  /** Who recorded it (and when, where that differs from `when`), in the reader's language. */
  by: string;
  details?: ReactNode;
  note: string | null;
}

/** How a record's status has changed, oldest first: each change, who made it and their note. */
export function ChangeHistory({ entries, titleSpan, testId }: { entries: HistoryEntry[]; titleSpan: string; testId: string }) {
  return (
    <Timeline
      titleSpan={titleSpan}
      data-testid={testId}
      items={entries.map((entry) => ({
        key: entry.key,
        color: entry.color,
        title: entry.when,
        content: (
          <div>
            <span>{entry.change}</span>
            <span className="text-muted history-by">{entry.by}</span>
            {entry.details}
            {entry.note && <div className="history-note">{entry.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
