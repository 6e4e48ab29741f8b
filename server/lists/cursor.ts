import { AppError } from '../http/errors.ts';

/** How a sort key travels in a cursor: PostgreSQL's own text form, cast back with this type. */
export type KeyType = 'timestamptz' | 'date' | 'text' | 'uuid' | 'numeric' | 'int';

const SHAPES: Record<KeyType, RegExp> = {
  timestamptz: /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?([+-]\d{2}(:\d{2}){0,2})?$/,
  date: /^(\d{4})-(\d{2})-(\d{2})$/,
  text: /^[\s\S]{0,400}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  numeric: /^-?\d{1,20}(\.\d{1,20})?$/,
  int: /^-?\d{1,9}$/,
};

/** A day and time PostgreSQL accepts: a shape check alone lets 2020-02-31 through to a 500. */
function isRealMoment(match: RegExpMatchArray): boolean {
  const [y, mo, d, h = '0', mi = '0', s = '0'] = match.slice(1).map((p) => p ?? '0');
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return day.getUTCMonth() === Number(mo) - 1 && day.getUTCDate() === Number(d) && Number(h) < 24 && Number(mi) < 60 && Number(s) < 60;
}

function isValidKey(value: unknown, type: KeyType): value is string {
  if (typeof value !== 'string') return false;
  const match = value.match(SHAPES[type]);
  if (!match) return false;
  return type === 'timestamptz' || type === 'date' ? isRealMoment(match) : true;
}

export function invalidCursor(): AppError {
  return new AppError('VALIDATION_FAILED', 'The cursor is not one this list gave out', { cursor: 'INVALID_CURSOR' });
}

/**
 * Opaque to clients: base64url of `[list, ...keys]`. The list's name inside keeps a cursor
 * of one list from silently positioning another.
 */
export function encodeCursor(list: string, keys: string[]): string {
  return Buffer.from(JSON.stringify([list, ...keys]), 'utf8').toString('base64url');
}

/** The last row's sort keys; anything else (another list's cursor, a hand-made one) is a 400. */
export function decodeCursor(cursor: string, list: string, types: readonly KeyType[]): string[] {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw invalidCursor();
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== types.length + 1 || parsed[0] !== list) throw invalidCursor();
  const keys = parsed.slice(1);
  if (!keys.every((k, i) => isValidKey(k, types[i]!))) throw invalidCursor();
  return keys as string[];
}
