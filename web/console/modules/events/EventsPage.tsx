import { useQuery } from '@tanstack/react-query';
import { Card, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_PRIORITY } from '../../../../common/events/vocabulary.ts';
import { EVENT_STATUSES, EVENT_STEPS } from '../../../../common/events/workflow.ts';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { api } from '../../../lib/api.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { termOptions } from '../field/labels.ts';
import { FilterBar } from '../lists/FilterBar.tsx';
import { useIncomingFilters } from '../lists/incoming-filters.ts';
import { useList, type ListState } from '../lists/use-list.ts';
import { EventDrawer } from './EventDrawer.tsx';
import { EventTable } from './EventTable.tsx';
import { useLiveEvents } from './use-live-events.ts';

type View = 'all' | 'mine' | 'supervised';
type Events = ListState<'GET /api/events'>;

function viewOf(filters: Events['filters']): View {
  if (filters.assigned === 'me') return 'mine';
  return filters.supervised ? 'supervised' : 'all';
}

/** 全部 / 派给我的 / 督办: the list's own filters, so the filter bar's other picks stay. */
function ViewSwitch({ list }: { list: Events }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const view = viewOf(list.filters);
  const pick = (next: View) => {
    const { assigned: _assigned, supervised: _supervised, ...rest } = list.filters;
    list.setFilters({ ...rest, ...(next === 'mine' ? { assigned: 'me' as const } : next === 'supervised' ? { supervised: true } : {}) });
  };
  const hint = view === 'mine'
    ? me.department ? t('events.viewHint.mine', { department: me.department.name }) : t('events.viewHint.mineSelf')
    : view === 'supervised' ? t('events.viewHint.supervised') : t('events.liveHint');
  return (
    <div className="events-view">
      <Segmented<View>
        value={view}
        onChange={pick}
        options={(['all', 'mine', 'supervised'] as const).map((v) => ({ value: v, label: <span data-testid={`events-view-${v}`}>{t(`events.view.${v}`)}</span> }))}
        data-testid="events-view"
      />
      <span className="text-muted">{hint}</span>
    </div>
  );
}

export function EventsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const [openId, setOpenId] = useState<string | null>(null);
  // A department's account comes for what is dispatched to it.
  const list = useList('GET /api/events', { initialFilters: me.department ? { assigned: 'me' } : {} });
  useIncomingFilters(list.setFilters);
  useLiveEvents();
  const departments = useQuery({
    queryKey: ['departments', 'visible'],
    queryFn: () => api('GET /api/departments', { query: {} }),
    enabled: can('departments.read'),
    staleTime: 5 * 60_000,
  });
  const departmentOptions = (departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }));

  return (
    <>
      <PageTitle title={t('events.title')} hint={t('events.hint')} />
      <Card>
        <ViewSwitch list={list} />
        <FilterBar list={list} testId="events" fields={[
          { kind: 'region', testId: 'events-region-filter' },
          { kind: 'select', key: 'category', placeholder: t('events.category'), options: termOptions(t, 'eventCategory', EVENT_CATEGORY.codes), width: 160, testId: 'events-category-filter' },
          { kind: 'select', key: 'status', placeholder: t('events.status'), options: termOptions(t, 'eventStatus', EVENT_STATUSES), width: 120, testId: 'events-status-filter' },
          { kind: 'select', key: 'step', placeholder: t('events.stepFilter'), options: termOptions(t, 'eventStep', EVENT_STEPS), width: 120, testId: 'events-step-filter' },
          { kind: 'select', key: 'priority', placeholder: t('events.priority'), options: termOptions(t, 'eventPriority', EVENT_PRIORITY.codes), width: 100, testId: 'events-priority-filter' },
          { kind: 'yesNo', key: 'overdue', placeholder: t('events.overdueFilter'), yes: t('events.overdueYes'), no: t('events.overdueNo'), width: 100, testId: 'events-overdue-filter' },
          ...(departmentOptions.length > 0
            ? [{ kind: 'select' as const, key: 'departmentId' as const, placeholder: t('events.department'), options: departmentOptions, width: 220, testId: 'events-department-filter' }]
            : []),
          { kind: 'yesNo', key: 'needsReview', placeholder: t('events.reviewFilter'), yes: t('events.reviewYes'), no: t('events.reviewNo'), width: 110, testId: 'events-review-filter' },
          { kind: 'days', testId: 'events-date-filter' },
        ]} />
        <EventTable list={list} onOpen={(e) => setOpenId(e.id)} />
      </Card>
      <EventDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
