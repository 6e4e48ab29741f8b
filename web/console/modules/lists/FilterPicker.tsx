import { Select, Switch } from 'antd';
import { DayRangeFilter } from './DayRangeFilter.tsx';
import type { FilterField } from './filter-fields.ts';
import { RegionFilter } from './RegionFilter.tsx';

export type Loose = Record<string, unknown>;

export type Picker<F> = Exclude<FilterField<F>, { kind: 'text' }>;

/** A filter that applies as soon as it is picked. */
export function FilterPicker<F extends object>({ field, value, set }: { field: Picker<F>; value: Loose; set: (changed: Loose) => void }) {
  const style = field.width ? { width: field.width } : undefined;
  switch (field.kind) {
    case 'region':
      return <RegionFilter value={value.region as string | undefined} onChange={(region) => set({ region })} data-testid={field.testId} />;
    case 'select':
      return (
        <Select
          allowClear
          placeholder={field.placeholder}
          value={value[field.key] as string | undefined}
          onChange={(v: string | undefined) => set({ [field.key]: v })}
          options={field.options.map((o) => ({ ...o }))}
          style={style}
          data-testid={field.testId}
        />
      );
    case 'yesNo': {
      const on = value[field.key] as boolean | undefined;
      return (
        <Select<'yes' | 'no'>
          allowClear
          placeholder={field.placeholder}
          value={on === undefined ? undefined : on ? 'yes' : 'no'}
          onChange={(v) => set({ [field.key]: v === undefined ? undefined : v === 'yes' })}
          options={[{ value: 'yes', label: field.yes }, { value: 'no', label: field.no }]}
          style={style}
          data-testid={field.testId}
        />
      );
    }
    case 'switch':
      return (
        <label className="switch-filter">
          <Switch size="small" checked={value[field.key] === true} onChange={(on) => set({ [field.key]: on || undefined })} data-testid={field.testId} />
          <span>{field.label}</span>
        </label>
      );
    case 'days':
      return <DayRangeFilter value={{ from: value.from as string | undefined, to: value.to as string | undefined }} onChange={(range) => set({ ...range })} data-testid={field.testId} />;
  }
}
