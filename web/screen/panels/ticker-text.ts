import type { Ticker } from '../../../common/contracts/dashboard.ts';
import { CASE_STATUS } from '../../../common/cases/vocabulary.ts';
import { WARNING_LEVEL, WARNING_REASON } from '../../../common/declarations/vocabulary.ts';
import { EVENT_CATEGORY, ORIGIN_CATEGORY } from '../../../common/field/vocabulary.ts';
import type { Term } from '../../../common/terms.ts';
import { formatDateTime } from '../../lib/format.ts';

export type TickerItem = Ticker['items'][number];

export const KIND_NAMES: Record<TickerItem['kind'], string> = { event: '事件', warning: '预警', arrival: '来（返）聊', case: '病例' };

/** Where each kind's label code comes from. */
const VOCABULARIES: Record<TickerItem['kind'], Record<string, Term>[]> = {
  event: [EVENT_CATEGORY.labels],
  warning: [WARNING_LEVEL.labels, WARNING_REASON.labels],
  arrival: [ORIGIN_CATEGORY.labels],
  case: [CASE_STATUS.labels],
};

/** The item's category or status in words; a code the screen does not know yet is left out, not shown raw. */
export function itemLabel(item: TickerItem): string {
  for (const vocabulary of VOCABULARIES[item.kind]) {
    const term = vocabulary[item.label];
    if (term) return term.zh;
  }
  return '';
}

/** `HH:mm` today, `MM-DD HH:mm` before (China time). */
export function itemTime(at: string, today: string): string {
  const local = formatDateTime(at);
  return local.startsWith(today) ? local.slice(11) : local.slice(5);
}
