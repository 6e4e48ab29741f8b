import type { FormRule } from 'antd';

type KeysOf<F, V> = { [P in keyof F]-?: NonNullable<F[P]> extends V ? P : never }[keyof F] & string;

export interface Choice {
  value: string;
  label: string;
}

interface Field {
  testId: string;
  width?: number;
}

/**
 * The filters a list offers, declared in the order they show. Pickers apply at once; typed
 * text applies on 查询 or Enter, after its rules pass.
 */
export type FilterField<F> =
  | Field & { kind: 'region' }
  | Field & {
    kind: 'text'; key: KeysOf<F, string>; placeholder: string; maxLength: number; rules?: FormRule[];
    /** Numbers: monospace and never offered by the browser's autofill. */
    numeric?: boolean;
    /** Names the server knows, offered as one types. */
    suggestions?: readonly Choice[];
  }
  | Field & { kind: 'select'; key: KeysOf<F, string>; placeholder: string; options: readonly Choice[] }
  | Field & { kind: 'yesNo'; key: KeysOf<F, boolean>; placeholder: string; yes: string; no: string }
  | Field & { kind: 'switch'; key: KeysOf<F, boolean>; label: string }
  | Field & { kind: 'days'; hint?: string };

/** Typed text as the server wants it: trimmed, and nothing for blank. */
export const cleanText = (text: string | undefined): string | undefined => text?.trim() || undefined;
