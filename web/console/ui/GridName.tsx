/** A grid as a record's facts show it: its name, then its code in small type. */
export function GridName({ grid }: { grid: { name: string; code: string } }) {
  return <span>{grid.name} <span className="mono text-muted">{grid.code}</span></span>;
}
