import { ReloadOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { EVENT_STATUSES } from '../../../../common/field/event-status.ts';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { DayRangeFilter } from '../lists/DayRangeFilter.tsx';
import { termOptions } from '../field/labels.ts';
import { RegionFilter } from '../lists/RegionFilter.tsx';
import type { EventFilters } from './queries.ts';

interface Props {
  value: EventFilters;
  onChange: (filters: EventFilters) => void;
}

type Review = 'yes' | 'no';

export function EventFiltersBar({ value, onChange }: Props) {
  const { t } = useTranslation();
  const review: Review | undefined = value.needsReview === undefined ? undefined : value.needsReview ? 'yes' : 'no';
  return (
    <Space wrap className="filter-bar">
      <RegionFilter value={value.region} onChange={(region) => onChange({ ...value, region })} data-testid="events-region-filter" />
      <Select
        allowClear
        placeholder={t('events.category')}
        value={value.category}
        onChange={(category) => onChange({ ...value, category })}
        options={termOptions(t, 'eventCategory', EVENT_CATEGORY.codes)}
        style={{ width: 170 }}
        data-testid="events-category-filter"
      />
      <Select
        allowClear
        placeholder={t('events.status')}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={termOptions(t, 'eventStatus', EVENT_STATUSES)}
        style={{ width: 130 }}
        data-testid="events-status-filter"
      />
      <Select<Review>
        allowClear
        placeholder={t('events.reviewFilter')}
        value={review}
        onChange={(r) => onChange({ ...value, needsReview: r === undefined ? undefined : r === 'yes' })}
        options={[{ value: 'yes', label: t('events.reviewYes') }, { value: 'no', label: t('events.reviewNo') }]}
        style={{ width: 130 }}
        data-testid="events-review-filter"
      />
      <DayRangeFilter value={value} onChange={(range) => onChange({ ...value, ...range })} data-testid="events-date-filter" />
      <Button icon={<ReloadOutlined />} onClick={() => onChange({})} data-testid="events-reset">{t('common.reset')}</Button>
    </Space>
  );
}
