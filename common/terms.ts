/** A code's label in each UI language. */
export interface Term {
  zh: string;
  en: string;
}

/** A vocabulary: the codes the API accepts for one field, in display order, with their labels. */
export function terms<const K extends string>(table: Record<K, Term>) {
  return { codes: Object.keys(table) as K[], labels: table };
}
