import { Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstructionSummary } from '../../../../common/contracts/instructions.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { ListTable } from '../lists/ListTable.tsx';
import type { ListState } from '../lists/use-list.ts';
import { InstructionStatusTag, PriorityTag } from './InstructionTags.tsx';
import { ProgressBars } from './ProgressBars.tsx';

interface Props {
  list: ListState<'GET /api/instructions'>;
  onOpen: (instruction: InstructionSummary) => void;
}

/** The instructions sent from or reaching the viewed region, each with its progress inside it. */
export function InstructionTable({ list, onOpen }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<InstructionSummary> = [
    { title: t('instructions.priority'), dataIndex: 'priority', width: 84, render: (_, i) => <PriorityTag priority={i.priority} /> },
    {
      title: t('instructions.column.title'), dataIndex: 'title',
      render: (title: string, i) => (
        <span className="instruction-title-cell">
          {i.forwardOf && <Tooltip title={i.forwardOf.title}><Tag className="cell-tag">{t('instructions.forwarded')}</Tag></Tooltip>}
          <Typography.Text ellipsis={{ tooltip: title }} strong>{title}</Typography.Text>
        </span>
      ),
    },
    {
      title: t('instructions.column.sender'), key: 'sender', width: 130, ellipsis: { showTitle: false },
      render: (_, i) => <Tooltip title={i.sender.name}>{i.sender.region.name}</Tooltip>,
    },
    {
      title: t('instructions.column.sentAt'), key: 'sentAt', width: 145,
      render: (_, i) => (i.status === 'scheduled' ? <span className="text-scheduled">{t('instructions.scheduledAt', { at: formatDateTime(i.sendAt) })}</span> : formatDateTime(i.sendAt)),
    },
    { title: t('instructions.column.dueAt'), dataIndex: 'dueAt', width: 140, render: (at: string) => formatDateTime(at) },
    { title: t('instructions.column.status'), dataIndex: 'status', width: 90, render: (_, i) => <InstructionStatusTag status={i.status} /> },
    { title: t('instructions.column.progress'), key: 'progress', width: 170, render: (_, i) => <ProgressBars progress={i.progress} /> },
    {
      title: t('instructions.column.overdue'), key: 'overdue', width: 64, align: 'right',
      render: (_, i) => (i.progress.overdue > 0 ? <span className="text-overdue" data-testid="instruction-overdue">{i.progress.overdue.toLocaleString()}</span> : <span className="text-muted">0</span>),
    },
  ];
  return (
    <ListTable
      list={list}
      columns={columns}
      testId="instructions-table"
      rows={{ testId: 'instruction-row', onOpen, className: (i) => (i.status === 'withdrawn' ? 'row-withdrawn' : undefined) }}
      totalKey="instructions.total"
      emptyText={t('instructions.noInstructions')}
    />
  );
}
