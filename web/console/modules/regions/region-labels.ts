import type { TFunction } from 'i18next';

/** Kinds are Chinese statistical terms from the data; English shows a translation where one is known. */
export function kindLabel(t: TFunction, kind: string | null): string {
  return kind ? t(`kind.${kind}`, { defaultValue: kind }) : '';
}

export function levelLabel(t: TFunction, level: number): string {
  return t(`level.${level}`, { defaultValue: String(level) });
}
