import { Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../../common/contracts/instructions.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { ListTable } from '../lists/ListTable.tsx';
import { PriorityTag, ReceiptStatusTag } from './InstructionTags.tsx';

interface Props {
  items: readonly InboxItem[];
  loading: boolean;
  onOpen: (item: InboxItem) => void;
}

/** What the caller's office received, overdue first (the server's order): opening one reads it. */
export function InboxTable({ items, loading, onOpen }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<InboxItem> = [
    { title: t('instructions.priority'), dataIndex: 'priority', width: 90, render: (_, i) => <PriorityTag priority={i.priority} /> },
    { title: t('instructions.column.title'), dataIndex: 'title', render: (title: string, i) => <Typography.Text ellipsis={{ tooltip: title }} strong={i.status === 'unread'}>{title}</Typography.Text> },
    { title: t('instructions.column.sender'), key: 'sender', width: 220, ellipsis: true, render: (_, i) => t('instructions.received.sentBy', { region: i.sender.region.name, name: i.sender.name }) },
    { title: t('instructions.column.sentAt'), dataIndex: 'sentAt', width: 150, render: (at: string) => formatDateTime(at) },
    { title: t('instructions.column.dueAt'), dataIndex: 'dueAt', width: 150, render: (at: string) => formatDateTime(at) },
    { title: t('instructions.column.status'), dataIndex: 'status', width: 150, render: (_, i) => <ReceiptStatusTag status={i.status} overdue={i.overdue} /> },
  ];
  return (
    <ListTable
      list={{ rows: items, loading }}
      columns={columns}
      testId="inbox-table"
      rows={{ testId: 'inbox-row', onOpen }}
      emptyText={t('instructions.received.empty')}
    />
  );
}
