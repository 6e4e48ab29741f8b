import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { minTableWidth } from '../../ui/table-scroll.ts';
import { ListPager } from './ListPager.tsx';
import { openableRow } from './table-rows.ts';
import type { Pager } from './use-list.ts';

interface Rows<T> {
  /** Each row's test id (data-row-key holds its key). */
  testId: string | ((row: T) => string);
  /** A click on the row opens its record. */
  onOpen?: (row: T) => void;
  className?: (row: T) => string | undefined;
}

interface Props<T> {
  list: { rows: readonly T[]; loading: boolean; pager?: Pager };
  columns: TableColumnsType<T>;
  testId: string;
  rows?: Rows<T>;
  /** A row's key: a field of it, or made from it (a receipt's unit code). */
  rowKey?: (keyof T & string) | ((row: T) => string);
  /** The total's words (see ListPager). */
  totalKey?: string;
  emptyText?: ReactNode;
  bordered?: boolean;
  /** A width to scroll from other than the columns' own (see minTableWidth). */
  scrollX?: number;
}

/** A list as every console page shows it: fixed columns that scroll on a narrow screen, rows that may open, the cursor pager below. */
export function ListTable<T extends object>({ list, columns, testId, rows, rowKey = 'id' as keyof T & string, totalKey, emptyText, bordered, scrollX }: Props<T>) {
  const rowTestId = (row: T) => (typeof rows?.testId === 'function' ? rows.testId(row) : rows?.testId);
  const className = (row: T) => [rows?.onOpen && 'clickable-row', rows?.className?.(row)].filter(Boolean).join(' ');
  const open = rows?.onOpen;
  return (
    <>
      <Table<T>
        rowKey={rowKey}
        size="middle"
        tableLayout="fixed"
        bordered={bordered}
        columns={columns}
        scroll={{ x: scrollX ?? minTableWidth(columns) }}
        dataSource={list.rows as T[]}
        loading={list.loading}
        pagination={false}
        rowClassName={className}
        onRow={(row) => (open ? openableRow(rowTestId(row) ?? '', () => open(row)) : ({ 'data-testid': rowTestId(row) }) as HTMLAttributes<HTMLElement>)}
        locale={emptyText === undefined ? undefined : { emptyText }}
        data-testid={testId}
      />
      {list.pager && <ListPager pager={list.pager} totalKey={totalKey} testId={testId} />}
    </>
  );
}
