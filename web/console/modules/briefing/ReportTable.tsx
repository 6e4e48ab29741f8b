import type { ReactNode } from 'react';

export interface ReportColumn<T> {
  key: string;
  title: ReactNode;
  /** A heading over the adjacent columns that carry the same group. */
  group?: string;
  render: (row: T) => ReactNode;
  /** Figures: right-aligned, tabular digits. */
  numeric?: boolean;
  /** A share of the table's width (e.g. '30%'); columns without one share the rest equally. */
  width?: string;
}

interface Props<T> {
  caption?: ReactNode;
  columns: ReportColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** A totals row, one cell per column. */
  totals?: ReactNode[];
  'data-testid'?: string;
}

/**
 * A plain bordered table: it prints as it shows (header repeated on each page, rows never
 * split), which the styled antd Table does not. Fixed layout keeps figure columns even.
 */
export function ReportTable<T>({ caption, columns, rows, rowKey, totals, 'data-testid': testId }: Props<T>) {
  const grouped = columns.some((c) => c.group);
  const cls = (c: ReportColumn<T>) => (c.numeric ? 'num' : undefined);
  return (
    <table className="briefing-table" data-testid={testId}>
      {caption && <caption>{caption}</caption>}
      <colgroup>{columns.map((c) => <col key={c.key} style={c.width ? { width: c.width } : undefined} />)}</colgroup>
      <thead>
        <tr>
          {columns.map((c, i) => {
            if (!grouped || !c.group) return <th key={c.key} rowSpan={grouped ? 2 : 1}>{c.title}</th>;
            if (columns[i - 1]?.group === c.group) return null;
            let span = 1;
            while (columns[i + span]?.group === c.group) span++;
            return <th key={`group-${c.key}`} colSpan={span}>{c.group}</th>;
          })}
        </tr>
        {grouped && <tr>{columns.filter((c) => c.group).map((c) => <th key={c.key}>{c.title}</th>)}</tr>}
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => <td key={c.key} className={cls(c)}>{c.render(row)}</td>)}
          </tr>
        ))}
        {totals && (
          <tr className="briefing-totals">
            {columns.map((c, i) => <td key={c.key} className={cls(c)}>{totals[i]}</td>)}
          </tr>
        )}
      </tbody>
    </table>
  );
}
