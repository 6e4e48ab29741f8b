import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Form, Input } from 'antd';
import { Fragment, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ListError } from './ListError.tsx';
import { cleanText, type FilterField } from './filter-fields.ts';
import { FilterPicker, type Loose } from './FilterPicker.tsx';

/** The list the bar filters (see useList): its filters, how to change them, and why it failed to load. */
export interface Filtered<F> {
  filters: F;
  setFilters: (filters: F) => void;
  error: unknown;
}

interface Props<F extends object> {
  list: Filtered<F>;
  fields: readonly FilterField<F>[];
  /** The list's name in test ids: `<name>-search`, `<name>-reset`. */
  testId: string;
}

/** A list's filter bar from its declared fields, with 查询 (when there is text to type) and 重置, and below it why the list failed to load. */
export function FilterBar<F extends object>({ list, fields, testId }: Props<F>) {
  const { filters: value, setFilters: onChange } = list;
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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of the applied filters moves the typed text
  }, [value]);

  const set = (changed: Loose) => onChange({ ...applied, ...changed } as F);
  const search = (typed: Loose) => set(Object.fromEntries(texts.map(({ key }) => [key, cleanText(typed[key] as string | undefined)])));
  return (
    <>
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
          : (
            <Fragment key={field.testId}>
              <Form.Item><FilterPicker field={field} value={applied} set={set} /></Form.Item>
              {/* Its own item, so that on a phone the hint wraps below the picker. */}
              {field.kind === 'days' && field.hint && <Form.Item><span className="text-muted">{field.hint}</span></Form.Item>}
            </Fragment>
          )))}
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
      <ListError error={list.error} />
    </>
  );
}
