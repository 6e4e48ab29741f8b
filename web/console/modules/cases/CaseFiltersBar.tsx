import { ReloadOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CASE_STATUS } from '../../../../common/cases/vocabulary.ts';
import { DayRangeFilter } from '../lists/DayRangeFilter.tsx';
import { termOptions } from '../field/labels.ts';
import { RegionFilter } from '../lists/RegionFilter.tsx';
import type { CaseFilters } from './queries.ts';

interface Props {
  value: CaseFilters;
  onChange: (filters: CaseFilters) => void;
}

export function CaseFiltersBar({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Space wrap className="filter-bar">
      <RegionFilter value={value.region} onChange={(region) => onChange({ ...value, region })} data-testid="cases-region-filter" />
      <Select
        allowClear
        placeholder={t('cases.status')}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={termOptions(t, 'caseStatus', CASE_STATUS.codes)}
        style={{ width: 120 }}
        data-testid="cases-status-filter"
      />
      <DayRangeFilter value={value} onChange={(range) => onChange({ ...value, ...range })} data-testid="cases-date-filter" />
      <span className="text-muted">{t('cases.dateFilterHint')}</span>
      <Button icon={<ReloadOutlined />} onClick={() => onChange({})} data-testid="cases-reset">{t('common.reset')}</Button>
    </Space>
  );
}
