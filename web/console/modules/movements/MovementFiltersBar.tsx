import { ReloadOutlined } from '@ant-design/icons';
import { Button, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { DIRECTION, ORIGIN_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { DayRangeFilter } from '../lists/DayRangeFilter.tsx';
import { termOptions } from '../field/labels.ts';
import { RegionFilter } from '../lists/RegionFilter.tsx';
import type { MovementFilters } from './queries.ts';

interface Props {
  value: MovementFilters;
  onChange: (filters: MovementFilters) => void;
}

export function MovementFiltersBar({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Space wrap className="filter-bar">
      <RegionFilter value={value.region} onChange={(region) => onChange({ ...value, region })} data-testid="movements-region-filter" />
      <Select
        allowClear
        placeholder={t('movements.direction')}
        value={value.direction}
        onChange={(direction) => onChange({ ...value, direction })}
        options={termOptions(t, 'direction', DIRECTION.codes)}
        style={{ width: 130 }}
        data-testid="movements-direction-filter"
      />
      <Select
        allowClear
        placeholder={t('movements.category')}
        value={value.category}
        onChange={(category) => onChange({ ...value, category })}
        options={termOptions(t, 'originCategory', ORIGIN_CATEGORY.codes)}
        style={{ width: 170 }}
        data-testid="movements-category-filter"
      />
      <DayRangeFilter value={value} onChange={(range) => onChange({ ...value, ...range })} data-testid="movements-date-filter" />
      <label className="switch-filter">
        <Switch size="small" checked={value.inObservation ?? false} onChange={(on) => onChange({ ...value, inObservation: on || undefined })} data-testid="movements-observation-filter" />
        <span>{t('movements.onlyObservation')}</span>
      </label>
      <Button icon={<ReloadOutlined />} onClick={() => onChange({})} data-testid="movements-reset">{t('common.reset')}</Button>
    </Space>
  );
}
