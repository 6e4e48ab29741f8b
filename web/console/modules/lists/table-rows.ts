import type { HTMLAttributes } from 'react';

/** Props of a table row that opens its record on click, with a test id per row (the row key is data-row-key). */
export function openableRow(testId: string, open: () => void): HTMLAttributes<HTMLElement> {
  return { onClick: open, 'data-testid': testId } as HTMLAttributes<HTMLElement>;
}
