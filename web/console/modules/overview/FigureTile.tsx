import type { ReactNode } from 'react';

interface Props {
  label: ReactNode;
  /** The figure, usually a CountLink. */
  value: ReactNode;
  /** Under the figure: its change, or what it counts. */
  sub?: ReactNode;
  tone?: 'blue' | 'red' | 'orange' | 'green' | 'grey' | 'cyan' | 'purple';
}

/** A labelled figure of a panel, coloured by what it stands for. */
export function FigureTile({ label, value, sub, tone = 'blue' }: Props) {
  return (
    <div className={`figure-tile tone-${tone}`}>
      <div className="figure-label">{label}</div>
      <div className="figure-value">{value}</div>
      {sub && <div className="figure-sub">{sub}</div>}
    </div>
  );
}
