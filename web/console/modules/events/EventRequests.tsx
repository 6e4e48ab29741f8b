import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventRequestView } from '../../../../common/contracts/dispatch.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { term } from '../field/labels.ts';

export function DecisionTag({ request }: { request: EventRequestView }) {
  const { t } = useTranslation();
  if (request.approved === null) return <Tag color="processing">{t('events.pending')}</Tag>;
  return request.approved ? <Tag color="success">{t('events.approved')}</Tag> : <Tag color="error">{t('events.refused')}</Tag>;
}

/** The assignee's requests (延期、缓办、作废) and how each was decided. */
export function EventRequests({ requests }: { requests: readonly EventRequestView[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<EventRequestView> = [
    {
      title: t('events.requestKind'), key: 'kind', width: 130,
      render: (_, r) => (
        <span>
          <Tag>{term(t, 'eventRequestKind', r.kind)}</Tag>
          {r.minutes !== null && <div className="text-muted">{t('events.requestMinutes', { minutes: r.minutes })}</div>}
        </span>
      ),
    },
    {
      title: t('events.reason'), key: 'reason',
      render: (_, r) => <div><div className="event-description">{r.reason}</div><div className="text-muted">{t('events.requestedBy', { name: r.requestedBy, at: formatDateTime(r.requestedAt) })}</div></div>,
    },
    {
      title: t('events.decision'), key: 'decision', width: 240,
      render: (_, r) => (
        <div>
          <DecisionTag request={r} />
          {r.decidedBy && r.decidedAt && <div className="text-muted">{t('events.decidedBy', { name: r.decidedBy, at: formatDateTime(r.decidedAt) })}</div>}
          {r.decisionNote && <div className="history-note">{r.decisionNote}</div>}
        </div>
      ),
    },
  ];
  return <Table<EventRequestView> rowKey="id" size="small" pagination={false} columns={columns} dataSource={[...requests]} data-testid="event-requests" />;
}
