import { formatCount } from '../../lib/format.ts';
import { T } from '../text.ts';
import { changeText, changeTone, type Meaning } from './change.ts';

export type Tone = 'cyan' | 'amber' | 'red' | 'green' | 'plain';

interface Props {
  label: string;
  /** The count, or a rate (null: nothing to count) printed as `text`. */
  value: number | null;
  /** What to print instead of the count: a rate. */
  text?: string;
  tone?: Tone;
  size?: 'l' | 'm';
  /** Against yesterday, when the figure has one. */
  change?: { by: number; meaning: Meaning };
  'data-testid'?: string;
}

/** One big number with its label, readable from the back of the room. */
export function Figure({ label, value, text, tone = 'cyan', size = 'l', change, 'data-testid': testId }: Props) {
  return (
    <div className={`figure figure-${size}`} data-testid={testId} data-value={value ?? ''}>
      <div className="figure-label">{label}</div>
      <div className={`figure-value tone-${tone}`}>{text ?? formatCount(value, 'zh-CN')}</div>
      {change && (
        <div className={`figure-change change-${changeTone(change.by, change.meaning)}`}>
          {T.sinceYesterday} {changeText(change.by)}
        </div>
      )}
    </div>
  );
}
