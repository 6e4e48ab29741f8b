import { List } from 'antd-mobile';
import { cloneElement, type ReactElement, type ReactNode } from 'react';
import { useFormApi } from './form-state.tsx';

interface Controlled {
  value?: unknown;
  onChange?: (value: never) => void;
}

/**
 * One labelled field: the child control gets `value` and `onChange` from the form; the
 * problem (in the worker's language) shows under it in red, else the help text.
 */
export function Field({ name, label, required, help, inline, children }: {
  name: string;
  label: ReactNode;
  required?: boolean;
  help?: ReactNode;
  /** Label and control on one line (a stepper). */
  inline?: boolean;
  children: ReactElement<Controlled>;
}) {
  const form = useFormApi();
  const error = form.errors[name];
  const control = cloneElement(children, {
    value: form.values[name],
    onChange: ((value: unknown) => form.setValue(name, value)) as (value: never) => void,
  });
  const title = <span className="field-label">{required && <span className="field-required">*</span>}{label}</span>;
  const note = error ? <span className="field-error" role="alert" data-testid={`error-${name}`}>{error}</span> : help ? <span className="field-help">{help}</span> : undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}`} data-field={name} data-testid={`field-${name}`}>
      {inline ? (
        <List.Item extra={control} description={note}>{title}</List.Item>
      ) : (
        <List.Item title={title} description={note}>{control}</List.Item>
      )}
    </div>
  );
}
