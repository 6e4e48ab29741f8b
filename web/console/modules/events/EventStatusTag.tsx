import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventStatus } from '../../../../common/events/workflow.ts';
import { EVENT_STATUS_COLORS, term } from '../field/labels.ts';

export function EventStatusTag({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return <Tag color={EVENT_STATUS_COLORS[status]} data-testid="event-status">{term(t, 'eventStatus', status)}</Tag>;
}
