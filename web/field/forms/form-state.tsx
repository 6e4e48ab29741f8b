import { createContext, useContext } from 'react';

/**
 * The record forms' state: values and per-field problems, held by RecordForm. Validation is
 * ours (the shared rules), so antd-mobile's Form (rc-field-form, async-validator) is not needed.
 */
export interface FormApi<V extends Record<string, unknown> = Record<string, unknown>> {
  values: V;
  errors: Record<string, string>;
  setValue(name: string, value: unknown): void;
  /** Sets several fields at once (e.g. birth date and sex read from an ID number). */
  setFieldsValue(values: Partial<V>): void;
  /**
   * A problem the control itself found (a picked photo that cannot be read), or null once it is
   * gone: shown on the field at once, and the form is not saved while it stands.
   */
  report(name: string, problem: string | null): void;
}

export const FormContext = createContext<FormApi | null>(null);

export function useFormApi(): FormApi {
  const api = useContext(FormContext);
  if (!api) throw new Error('form field outside <RecordForm>');
  return api;
}

/** The current value of another field (e.g. the movement's direction decides labels). */
export function useFieldValue<T>(name: string): T | undefined {
  return useFormApi().values[name] as T | undefined;
}
