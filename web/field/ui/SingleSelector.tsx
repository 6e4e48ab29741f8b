import { Selector } from 'antd-mobile';

/**
 * antd-mobile's Selector for one value (its own value is an array). Its options toggle: a tap
 * on the chosen one clears it. That only makes sense for an optional field (`clearable`); a
 * required choice — the preselected 正常 — stays chosen until another option is tapped.
 */
export function SingleSelector<V extends string>({ value, onChange, options, columns, clearable = false, testId }: {
  value?: V | null;
  onChange?: (value: V | undefined) => void;
  options: { label: string; value: V }[];
  columns?: number;
  clearable?: boolean;
  testId?: string;
}) {
  return (
    <Selector<V>
      columns={columns}
      options={options}
      value={value ? [value] : []}
      onChange={(values) => {
        const next = values[0];
        if (next === undefined && !clearable) return;
        onChange?.(next);
      }}
      data-testid={testId}
      className="single-selector"
    />
  );
}
