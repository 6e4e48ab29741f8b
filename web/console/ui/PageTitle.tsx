import type { ReactNode } from 'react';

/** The heading row every console page starts with: title and hint on the left, actions on the right. */
export function PageTitle({ title, hint, extra }: { title: ReactNode; hint?: ReactNode; extra?: ReactNode }) {
  return (
    <div className="page-title">
      <div>
        <h1>{title}</h1>
        {hint && <div className="page-title-hint">{hint}</div>}
      </div>
      {extra && <div className="page-title-extra">{extra}</div>}
    </div>
  );
}
