import { PictureOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../common/contracts/field.ts';
import type { EventCategory } from '../../../../common/field/vocabulary.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { term } from '../field/labels.ts';
import { AssigneeName, PriorityTag } from './EventCells.tsx';
import { EventStatusTag } from './EventStatusTag.tsx';
import { DeadlineText, StepName } from './StepClock.tsx';
import { ListTable } from '../lists/ListTable.tsx';
import type { ListState } from '../lists/use-list.ts';

interface Props {
  list: ListState<'GET /api/events'>;
  onOpen: (event: EventView) => void;
}

export const CATEGORY_COLORS: Record<EventCategory, string> = {
  suspected_case_found: 'red',
  suspected_case_outing: 'volcano',
  disinfection: 'cyan',
  publicity: 'blue',
  danger: 'magenta',
  convenience_service: 'green',
  assistance: 'gold',
  other: 'default',
};

export function ReviewFlag({ event }: { event: EventView }) {
  const { t } = useTranslation();
  if (!event.needsReview) return null;
  const reason = event.reviewReason ? t(`events.reviewReason.${event.reviewReason}`, { defaultValue: event.reviewReason }) : undefined;
  return (
    <Tooltip title={reason}>
      <Tag color="warning" icon={<WarningOutlined />} data-testid="event-needs-review">{t('events.needsReview')}</Tag>
    </Tooltip>
  );
}

export function EventTable({ list, onOpen }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<EventView> = [
    { title: t('events.occurredAt'), dataIndex: 'occurredAt', width: 130, render: (at: string) => formatDateTime(at) },
    {
      title: t('events.category'), dataIndex: 'category', width: 130,
      render: (c: EventCategory) => <Tooltip title={term(t, 'eventCategory', c)}><Tag color={CATEGORY_COLORS[c]} className="cell-tag">{term(t, 'eventCategory', c)}</Tag></Tooltip>,
    },
    { title: t('events.priority'), dataIndex: 'priority', width: 64, render: (_: string, e) => <PriorityTag priority={e.priority} /> },
    { title: t('events.description'), dataIndex: 'description', render: (d: string) => <Typography.Text ellipsis={{ tooltip: d }}>{d}</Typography.Text> },
    { title: t('field.grid'), dataIndex: ['grid', 'name'], width: 130, ellipsis: { showTitle: false }, render: (name: string, e) => <Tooltip title={`${name} ${e.grid.code}`}>{name}</Tooltip> },
    { title: t('events.status'), dataIndex: 'status', width: 100, render: (_: string, e) => <span><EventStatusTag status={e.status} /><ReviewFlag event={e} /></span> },
    {
      title: t('events.stepDeadline'), dataIndex: 'step', width: 170,
      render: (_: string, e) => <div className="event-step-cell"><StepName event={e} />{e.step && <div><DeadlineText event={e} /></div>}</div>,
    },
    { title: t('events.assignee'), dataIndex: 'assignee', width: 160, ellipsis: { showTitle: false }, render: (_: unknown, e) => <Tooltip title={e.assignee?.name}><AssigneeName assignee={e.assignee} /></Tooltip> },
    {
      title: t('events.photos'), key: 'photos', width: 50, align: 'center',
      render: (_, e) => (e.photos.length > 0 ? <span className="photo-count"><PictureOutlined /> {e.photos.length}</span> : <span className="text-muted">{t('common.none')}</span>),
    },
  ];
  return <ListTable list={list} columns={columns} testId="events-table" rows={{ testId: 'event-row', onOpen }} totalKey="events.total" />;
}
