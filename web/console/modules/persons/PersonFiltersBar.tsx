import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { checkIdNumber } from '../../../../common/identity/id-number.ts';
import { checkMobilePhone } from '../../../../common/identity/phone.ts';
import { RegionFilter } from '../field/RegionFilter.tsx';
import type { PersonFilters } from './queries.ts';

interface Props {
  value: PersonFilters;
  onChange: (filters: PersonFilters) => void;
}

/** The server matches numbers exactly, so a malformed one could never find anyone: say so here. */
function idNumberRule(t: TFunction): FormRule {
  return {
    validator: (_, value: string | undefined) => {
      if (!value?.trim()) return Promise.resolve();
      const check = checkIdNumber(value);
      if (check.ok) return Promise.resolve();
      return Promise.reject(new Error(t(check.problem === 'CHECKSUM' ? 'fieldProblem.ID_NUMBER_CHECKSUM' : 'fieldProblem.ID_NUMBER_INVALID')));
    },
  };
}

function phoneRule(t: TFunction): FormRule {
  return {
    validator: (_, value: string | undefined) => (!value?.trim() || checkMobilePhone(value).ok
      ? Promise.resolve()
      : Promise.reject(new Error(t('fieldProblem.PHONE_INVALID')))),
  };
}

const clean = (text: string | undefined) => text?.trim() || undefined;

export function PersonFiltersBar({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PersonFilters>();
  return (
    <Form<PersonFilters>
      form={form}
      layout="inline"
      className="filter-bar filter-form"
      initialValues={value}
      onFinish={(v) => onChange({ region: v.region, name: clean(v.name), idNumber: clean(v.idNumber), phone: clean(v.phone) })}
      data-testid="persons-filters"
    >
      <Form.Item name="region">
        <RegionFilter onChange={(region) => onChange({ ...value, region })} data-testid="persons-region-filter" />
      </Form.Item>
      <Form.Item name="name">
        <Input allowClear maxLength={50} placeholder={t('persons.nameFilter')} style={{ width: 160 }} data-testid="persons-name-filter" />
      </Form.Item>
      <Form.Item name="idNumber" rules={[idNumberRule(t)]}>
        <Input allowClear maxLength={20} placeholder={t('persons.idFilter')} className="mono" style={{ width: 220 }} autoComplete="off" data-testid="persons-id-filter" />
      </Form.Item>
      <Form.Item name="phone" rules={[phoneRule(t)]}>
        <Input allowClear maxLength={20} placeholder={t('persons.phoneFilter')} className="mono" style={{ width: 180 }} autoComplete="off" data-testid="persons-phone-filter" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="persons-search">{t('common.search')}</Button>
      </Form.Item>
      <Form.Item>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            form.setFieldsValue({ region: undefined, name: undefined, idNumber: undefined, phone: undefined });
            onChange({});
          }}
          data-testid="persons-reset"
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
