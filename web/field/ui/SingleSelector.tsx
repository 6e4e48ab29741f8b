import { Selector } from 'antd-mobile';

/** antd-mobile's Selector for one value (its own value is an array). */
export function SingleSelector<V extends string>({ value, onChange, options, columns, testId }: {
  value?: V | null;
  onChange?: (value: V | undefined) => void;
  options: { label: string; value: V }[];
  columns?: number;
  testId?: string;
}) {
  return (
    <Selector<V>
      columns={columns}
      options={options}
      value={value ? [value] : []}
      onChange={(values) => onChange?.(values[0])}
      data-testid={testId}
      className="single-selector"
    />
  );
}
