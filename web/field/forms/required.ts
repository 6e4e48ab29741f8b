/** Adds REQUIRED for each listed field that is empty (the shared rules check content, not presence). */
export function requireFields(errors: Record<string, string>, values: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  for (const field of fields) {
    const value = values[field];
    const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
    if (empty && !errors[field]) errors[field] = 'REQUIRED';
  }
  return errors;
}

export function optionalText(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}
