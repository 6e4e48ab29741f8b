/**
 * The one rule for text people type, shared by the server and every form. Two kinds:
 *
 * - a **name** (person, display, checkpoint, place name…) is one line of visible text: no
 *   control character at all (C0 incl. NUL, tab, CR, LF; DEL; C1), no bidi control (embeddings,
 *   overrides, isolates, LRM/RLM/ALM), no line or paragraph separator, no unpaired surrogate,
 *   and at least one visible character (a name of zero-width characters and spaces is refused).
 * - **free text** (note, description, address, source, reason) may span lines: tab, LF and CR
 *   are kept; every other C0 control, DEL, C1, unpaired surrogates and the bidi embeddings,
 *   overrides and isolates (which make text display differently from what is stored) are refused.
 *
 * The rule looks at the text exactly as sent. Storing it then trims the ends (`trimText`):
 * surrounding spaces go, a newline or control inside a name never gets that far.
 */
export const TEXT_PROBLEMS = {
  CONTROL_CHARACTER: { zh: '不能包含换行、制表符等控制字符', en: 'must not contain control characters (line breaks, tabs, NUL…)' },
  BIDI_CONTROL: { zh: '不能包含文字方向控制符', en: 'must not contain bidirectional control characters' },
  INVALID_CHARACTER: { zh: '包含无法识别的字符', en: 'contains an invalid character (unpaired surrogate)' },
  INVISIBLE_ONLY: { zh: '不能只包含空白或不可见字符', en: 'must contain visible characters' },
} as const;
export type TextProblem = keyof typeof TEXT_PROBLEMS;

/** C0 (U+0000–001F), DEL and C1 (U+0080–009F). */
const CONTROL = /\p{Cc}/u;
/** The same, less the tab, LF and CR that free text keeps. */
const CONTROL_EXCEPT_LINES = /[^\P{Cc}\t\n\r]/u;
/** Line and paragraph separators: a name is one line. */
const LINE_SEPARATOR = /[\u2028\u2029]/u;
/** Embeddings and overrides (U+202A–202E), isolates (U+2066–2069). */
const BIDI_FORMATTING = /[\u202A-\u202E\u2066-\u2069]/u;
/** …and the implicit marks LRM, RLM, ALM, which a name has no use for. */
const BIDI_MARK = /[\u200E\u200F\u061C]/u;
/** In a `u` regular expression a surrogate class matches only surrogates without their pair. */
const UNPAIRED_SURROGATE = /[\uD800-\uDFFF]/u;
/** Whitespace and the invisible formatting characters (zero-width space/joiners, word joiner, BOM, soft hyphen…). */
const INVISIBLE = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

export function nameProblem(value: string): TextProblem | null {
  if (UNPAIRED_SURROGATE.test(value)) return 'INVALID_CHARACTER';
  if (CONTROL.test(value) || LINE_SEPARATOR.test(value)) return 'CONTROL_CHARACTER';
  if (BIDI_FORMATTING.test(value) || BIDI_MARK.test(value)) return 'BIDI_CONTROL';
  // Plain spaces alone are an empty name (REQUIRED where one is needed), not this.
  if (value.trim() !== '' && INVISIBLE.test(value)) return 'INVISIBLE_ONLY';
  return null;
}

export function freeTextProblem(value: string): TextProblem | null {
  if (UNPAIRED_SURROGATE.test(value)) return 'INVALID_CHARACTER';
  if (CONTROL_EXCEPT_LINES.test(value)) return 'CONTROL_CHARACTER';
  if (BIDI_FORMATTING.test(value)) return 'BIDI_CONTROL';
  return null;
}

/**
 * What no text field may hold whatever its kind, because the database refuses it or mangles
 * it: NUL and unpaired surrogates. The server checks every string of every request for these.
 */
export function unstorableProblem(value: string): TextProblem | null {
  if (UNPAIRED_SURROGATE.test(value)) return 'INVALID_CHARACTER';
  if (value.includes('\u0000')) return 'CONTROL_CHARACTER';
  return null;
}

/** The stored form of an accepted text: its ends trimmed, nothing inside changed. */
export function trimText(value: string): string {
  return value.trim();
}

/** Length as people count it (code points, so 𠮷 is one). */
export function textLength(value: string): number {
  return Array.from(value).length;
}
