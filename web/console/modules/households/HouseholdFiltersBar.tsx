import { ReloadOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionFilter } from '../lists/RegionFilter.tsx';
import type { HouseholdFilters } from './queries.ts';

interface Props {
  value: HouseholdFilters;
  onChange: (filters: HouseholdFilters) => void;
}

export function HouseholdFiltersBar({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value.q ?? '');
  return (
    <Space wrap className="filter-bar">
      <RegionFilter value={value.region} onChange={(region) => onChange({ ...value, region })} data-testid="households-region-filter" />
      <Input.Search
        allowClear
        placeholder={t('households.searchPlaceholder')}
        value={text}
        maxLength={50}
        onChange={(e) => setText(e.target.value)}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ width: 280 }}
        data-testid="households-search"
      />
      <Button
        icon={<ReloadOutlined />}
        onClick={() => {
          setText('');
          onChange({});
        }}
        data-testid="households-reset"
      >
        {t('common.reset')}
      </Button>
    </Space>
  );
}
