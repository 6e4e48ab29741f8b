import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_STATUSES } from '../../../../common/events/workflow.ts';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { termOptions } from '../field/labels.ts';
import { FilterBar } from '../lists/FilterBar.tsx';
import { useIncomingFilters } from '../lists/incoming-filters.ts';
import { useList } from '../lists/use-list.ts';
import { EventDrawer } from './EventDrawer.tsx';
import { EventTable } from './EventTable.tsx';

export function EventsPage() {
  const { t } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useList('GET /api/events');
  useIncomingFilters(list.setFilters);

  return (
    <>
      <PageTitle title={t('events.title')} hint={t('events.hint')} />
      <Card>
        <FilterBar list={list} testId="events" fields={[
          { kind: 'region', testId: 'events-region-filter' },
          { kind: 'select', key: 'category', placeholder: t('events.category'), options: termOptions(t, 'eventCategory', EVENT_CATEGORY.codes), width: 170, testId: 'events-category-filter' },
          { kind: 'select', key: 'status', placeholder: t('events.status'), options: termOptions(t, 'eventStatus', EVENT_STATUSES), width: 130, testId: 'events-status-filter' },
          { kind: 'yesNo', key: 'needsReview', placeholder: t('events.reviewFilter'), yes: t('events.reviewYes'), no: t('events.reviewNo'), width: 130, testId: 'events-review-filter' },
          { kind: 'days', testId: 'events-date-filter' },
        ]} />
        <EventTable list={list} onOpen={(e) => setOpenId(e.id)} />
      </Card>
      <EventDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
