import type { UseQueryResult } from '@tanstack/react-query';
import { Descriptions, Drawer, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { DETAIL_COLUMNS } from './detail-columns.ts';
import { QueryProblem } from './QueryProblem.tsx';

/**
 * One record opened from its list: the drawer is open while there is a record to show, its
 * body renders once the record's query has succeeded (a skeleton or the error until then), and
 * its content goes when it closes.
 */
export function RecordDrawer<T>({ open, onClose, size, title, extra, testId, query, children }: {
  open: boolean;
  onClose: () => void;
  size: number;
  title: ReactNode;
  extra?: ReactNode;
  testId: string;
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  return (
    <Drawer open={open} onClose={onClose} size={size} title={title} extra={extra} destroyOnHidden data-testid={testId}>
      {query.isSuccess ? children(query.data) : <QueryProblem query={query} />}
    </Drawer>
  );
}

/** A record's facts in its drawer: label–value pairs side by side, one column on a phone (or `compact`). */
export function RecordFacts({ items, testId, labelWidth, compact = false }: {
  items: DescriptionsProps['items'];
  testId: string;
  labelWidth?: number;
  compact?: boolean;
}) {
  return (
    <Descriptions
      bordered
      size="small"
      column={compact ? 1 : DETAIL_COLUMNS}
      styles={{ label: { whiteSpace: 'nowrap', ...(labelWidth ? { width: labelWidth } : {}) } }}
      items={items}
      data-testid={testId}
    />
  );
}
