import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Form, Input, Select, Switch } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DayRangeFilter } from './DayRangeFilter.tsx';
import { cleanText, type FilterField } from './filter-fields.ts';
import { RegionFilter } from './RegionFilter.tsx';

interface Props<F extends object> {
  fields: readonly FilterField<F>[];
  value: F;
  onChange: (filters: F) => void;
  /** The list's name in test ids: `<name>-search`, `<name>-reset`. */
  testId: string;
}

type Loose = Record<string, unknown>;

type Picker<F> = Exclude<FilterField<F>, { kind: 'text' }>;

function Control<F extends object>({ field, value, set }: { field: Picker<F>; value: Loose; set: (changed: Loose) => void }) {
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
      return (
        <>
          <DayRangeFilter value={{ from: value.from as string | undefined, to: value.to as string | undefined }} onChange={(range) => set({ ...range })} data-testid={field.testId} />
          {field.hint && <span className="text-muted filter-hint">{field.hint}</span>}
        </>
      );
  }
}

/** A list's filter bar from its declared fields, with 查询 (when there is text to type) and 重置. */
export function FilterBar<F extends object>({ fields, value, onChange, testId }: Props<F>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Loose>();
  const applied = value as Loose;
  const texts = fields.flatMap((f) => (f.kind === 'text' ? [f] : []));
  // Text follows the filters when they change from elsewhere (reset, a figure clicked on
  // another page), but a pick elsewhere in the bar leaves half-typed text alone.
  const shown = useRef(applied);
  useEffect(() => {
    for (const { key } of texts) {
      if (shown.current[key] !== applied[key]) form.setFieldValue(key, applied[key]);
    }
    shown.current = applied;
  }, [value]);

  const set = (changed: Loose) => onChange({ ...applied, ...changed } as F);
  const search = (typed: Loose) => set(Object.fromEntries(texts.map(({ key }) => [key, cleanText(typed[key] as string | undefined)])));
  return (
    <Form<Loose> form={form} layout="inline" className="filter-bar filter-form" initialValues={applied} onFinish={search} data-testid={`${testId}-filters`}>
      {fields.map((field) => (field.kind === 'text'
        ? (
          <Form.Item key={field.testId} name={field.key as string} rules={field.rules}>
            {field.suggestions
              ? <AutoComplete allowClear options={field.suggestions.map((o) => ({ ...o }))} maxLength={field.maxLength} placeholder={field.placeholder} style={{ width: field.width }} data-testid={field.testId} />
              : (
                <Input
                  allowClear
                  maxLength={field.maxLength}
                  placeholder={field.placeholder}
                  className={field.numeric ? 'mono' : undefined}
                  autoComplete={field.numeric ? 'off' : undefined}
                  style={{ width: field.width }}
                  data-testid={field.testId}
                />
              )}
          </Form.Item>
        )
        : <Form.Item key={field.testId}><Control field={field} value={applied} set={set} /></Form.Item>))}
      {texts.length > 0 && (
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid={`${testId}-search`}>{t('common.search')}</Button>
        </Form.Item>
      )}
      <Form.Item>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            form.resetFields();
            form.setFieldsValue(Object.fromEntries(texts.map(({ key }) => [key, undefined])));
            onChange({} as F);
          }}
          data-testid={`${testId}-reset`}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
