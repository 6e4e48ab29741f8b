import type { ProgressCounts } from '../../../../common/contracts/instructions.ts';
import { percent } from '../../../lib/rates.ts';

export { percent };

export interface Rates {
  read: number;
  done: number;
}

export const ratesOf = (p: ProgressCounts): Rates => ({ read: percent(p.read, p.total), done: percent(p.done, p.total) });

/** A region the progress view has drilled through, for its breadcrumb. */
export interface Crumb {
  code: string;
  name: string;
}

/** Into a child: the path gains it (again from where it is, should it be there already). */
export function drillInto(path: readonly Crumb[], child: Crumb): Crumb[] {
  const at = path.findIndex((c) => c.code === child.code);
  return at >= 0 ? path.slice(0, at + 1) : [...path, child];
}

/** Back up to a crumb: what lies below it goes. */
export function drillBack(path: readonly Crumb[], code: string): Crumb[] {
  const at = path.findIndex((c) => c.code === code);
  return at >= 0 ? path.slice(0, at + 1) : [...path];
}
