import { rateText } from '../../../lib/rates.ts';

/** A rate in whole percent, or — when there was nothing to count; not a link (no list holds a rate). */
export function RateFigure({ rate, 'data-testid': testId }: { rate: number | null; 'data-testid'?: string }) {
  return <span className="count" data-testid={testId} data-value={rate ?? ''}>{rateText(rate)}</span>;
}
