import type { ReactNode } from 'react';
import { T } from '../text.ts';

interface Props {
  name: string;
  title: string;
  /** What the panel covers (period, metric), right of the title. */
  extra?: ReactNode;
  /** The panel's query: figures show once it has data; a failed refetch keeps the last ones. */
  query: { data: unknown; isError: boolean };
  className?: string;
  children: ReactNode;
}

/** A framed panel with its title bar; until its data arrives it says so instead of showing zeros. */
export function Panel({ name, title, extra, query, className = '', children }: Props) {
  const ready = query.data !== undefined;
  return (
    <section className={`panel ${className}`} data-testid={`screen-panel-${name}`} data-ready={ready}>
      <header className="panel-head">
        <h2>{title}</h2>
        {extra && <div className="panel-extra">{extra}</div>}
      </header>
      <div className="panel-body">
        {ready ? children : <div className="panel-note">{query.isError ? T.loadFailed : T.loading}</div>}
      </div>
    </section>
  );
}
