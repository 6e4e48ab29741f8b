import { ReloadOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { WARNING_LEVEL } from '../../../../common/declarations/vocabulary.ts';
import { DayRangeFilter } from '../lists/DayRangeFilter.tsx';
import { RegionFilter } from '../lists/RegionFilter.tsx';
import { declOptions, WARNING_STATUS_LIST } from '../vital-signs/terms.ts';
import type { WarningFilters } from './queries.ts';

interface Props {
  value: WarningFilters;
  onChange: (filters: WarningFilters) => void;
}

export function WarningFiltersBar({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Space wrap className="filter-bar">
      <RegionFilter value={value.region} onChange={(region) => onChange({ ...value, region })} data-testid="warnings-region-filter" />
      <Select
        allowClear
        placeholder={t('warnings.status')}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={WARNING_STATUS_LIST.map((s) => ({ value: s, label: t(`warnings.statusName.${s}`) }))}
        style={{ width: 130 }}
        data-testid="warnings-status-filter"
      />
      <Select
        allowClear
        placeholder={t('warnings.level')}
        value={value.level}
        onChange={(level) => onChange({ ...value, level })}
        options={declOptions(t, 'warningLevel', WARNING_LEVEL.codes)}
        style={{ width: 130 }}
        data-testid="warnings-level-filter"
      />
      <DayRangeFilter value={value} onChange={(range) => onChange({ ...value, ...range })} data-testid="warnings-date-filter" />
      <Button icon={<ReloadOutlined />} onClick={() => onChange({})} data-testid="warnings-reset">{t('common.reset')}</Button>
    </Space>
  );
}
