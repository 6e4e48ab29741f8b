import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { fieldErrorText } from '../../../lib/errors.ts';
import { formNameOf } from './compose-request.ts';

/**
 * Puts problems named by API field (the shared rules' or the server's) under the compose
 * form's fields in the user's language, clearing the earlier ones. Answers the texts of those
 * the form has no field for, to be shown above it.
 */
export function showProblems(form: FormInstance, t: TFunction, problems: Record<string, string>): string[] {
  const present = form.getFieldsError().map((f) => f.name);
  const known = new Set(present.map((name) => JSON.stringify(name)));
  const placed = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const elsewhere: string[] = [];
  for (const [field, problem] of Object.entries(problems)) {
    const name = formNameOf(field);
    const key = JSON.stringify(name);
    if (!known.has(key)) elsewhere.push(fieldErrorText(t, problem));
    else if (!placed.has(key)) placed.set(key, { name, errors: [fieldErrorText(t, problem)] });
  }
  form.setFields([...present.map((name) => ({ name, errors: [] })), ...placed.values()]);
  return elsewhere;
}

/** The paths of the leaves of a change as antd reports it (`{ recipients: { regions: […] } }`). */
export function changedPaths(changed: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(changed)) return changed.flatMap((v, n) => (v === undefined ? [] : changedPaths(v, [...prefix, n])));
  if (changed && typeof changed === 'object' && !('$d' in changed)) {
    return Object.entries(changed).flatMap(([key, v]) => changedPaths(v, [...prefix, key]));
  }
  return [prefix];
}

const within = (name: (string | number)[], path: (string | number)[]) => path.every((part, n) => name[n] === part) || name.every((part, n) => path[n] === part);

/** Editing a field takes its problem away; the next sending checks again. */
export function clearEdited(form: FormInstance, changed: unknown): void {
  const paths = changedPaths(changed);
  const stale = form.getFieldsError().filter((f) => f.errors.length > 0 && paths.some((path) => within(f.name, path)));
  if (stale.length > 0) form.setFields(stale.map((f) => ({ name: f.name, errors: [] })));
}
