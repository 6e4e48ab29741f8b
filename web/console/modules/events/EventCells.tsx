import { BankOutlined, UserOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../common/contracts/field.ts';
import type { EventPriority } from '../../../../common/events/vocabulary.ts';
import { term } from '../field/labels.ts';

/** 紧急 stands out; 一般 is the rule and stays quiet. */
export function PriorityTag({ priority }: { priority: EventPriority }) {
  const { t } = useTranslation();
  return priority === 'urgent'
    ? <Tag color="red" data-testid="event-urgent">{term(t, 'eventPriority', priority)}</Tag>
    : <span className="text-muted">{term(t, 'eventPriority', priority)}</span>;
}

/** A department or a person the event is dispatched to, or that it is not yet. */
export function AssigneeName({ assignee }: { assignee: EventView['assignee'] }) {
  const { t } = useTranslation();
  if (!assignee) return <span className="text-muted">{t('events.unassigned')}</span>;
  return <span data-testid="event-assignee">{assignee.kind === 'department' ? <BankOutlined /> : <UserOutlined />} {assignee.name}</span>;
}
