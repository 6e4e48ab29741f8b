import { useTranslation } from 'react-i18next';
import type { Term } from '../../../../common/terms.ts';
import { formatCount } from '../../../lib/format.ts';

/** Counts, signed changes and vocabulary labels in the user's language. */
export function useFigureFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const count = (n: number) => formatCount(n, language);
  return {
    count,
    change: (n: number) => (n > 0 ? `+${count(n)}` : n < 0 ? `−${count(-n)}` : '0'),
    label: (term: Term) => (language === 'en' ? term.en : term.zh),
  };
}
