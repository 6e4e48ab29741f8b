import { useTranslation } from 'react-i18next';
import type { Term } from '../../../common/field/vocabulary.ts';
import { currentLanguage } from '../../lib/i18n.ts';

/** A vocabulary label (common/field/vocabulary.ts) in the app's language. */
export function useTerm(): (term: Term | undefined) => string {
  const { i18n } = useTranslation();
  const en = currentLanguage(i18n) === 'en';
  return (term) => (term ? (en ? term.en : term.zh) : '');
}

/** Selector options from a vocabulary list. */
export function useOptions<K extends string>(list: { codes: K[]; labels: Record<K, Term> }): { label: string; value: K }[] {
  const term = useTerm();
  return list.codes.map((code) => ({ label: term(list.labels[code]), value: code }));
}
