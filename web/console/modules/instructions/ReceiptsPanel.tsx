import { Card, Segmented, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstructionDetail, ReceiptView } from '../../../../common/contracts/instructions.ts';
import { RECEIPT_FILTER, type ReceiptFilter } from '../../../../common/instructions/vocabulary.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { ListError } from '../lists/ListError.tsx';
import { ListTable } from '../lists/ListTable.tsx';
import type { ListState } from '../lists/use-list.ts';
import { feedbackValuesText } from './feedback-values.ts';
import { FileLinks } from './InstructionFiles.tsx';
import { ReceiptStatusTag } from './InstructionTags.tsx';

type ReceiptList = ListState<'GET /api/instructions/:id/receipts'>;

const ALL = 'all';

/** The receipts of the region the progress view is in, narrowed by status (未读, 已超期…). */
export function ReceiptsPanel({ instruction, list, regionName }: { instruction: InstructionDetail; list: ReceiptList; regionName: string }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ReceiptView> = [
    {
      title: t('instructions.receipts.unit'), key: 'unit', width: 180, ellipsis: { showTitle: false },
      render: (_, r) => <Tooltip title={r.unit.code}>{r.unit.name}</Tooltip>,
    },
    { title: t('instructions.receipts.status'), key: 'status', width: 150, render: (_, r) => <ReceiptStatusTag status={r.status} overdue={r.overdue} /> },
    {
      title: t('instructions.receipts.readBy'), key: 'readBy', width: 290, ellipsis: true,
      render: (_, r) => (r.readAt ? t('instructions.receipts.readByAt', { name: r.readBy ?? '', at: formatDateTime(r.readAt) }) : <span className="text-muted">{t('common.none')}</span>),
    },
    {
      title: t('instructions.receipts.feedback'), key: 'feedback',
      render: (_, r) => {
        if (!r.feedback) return <span className="text-muted">{t('common.none')}</span>;
        const counts = feedbackValuesText(instruction.feedbackFields, r.feedback.values);
        const text = [counts, r.feedback.text].filter(Boolean).join('；');
        return (
          <>
            <Typography.Text ellipsis={{ tooltip: `${text}（${r.feedback.byName} ${formatDateTime(r.feedback.at)}）` }} data-testid="receipt-feedback">{text}</Typography.Text>
            <FileLinks files={r.feedback.photos} testId="receipt-feedback-photos" />
          </>
        );
      },
    },
    {
      title: t('instructions.receipts.recipients'), key: 'recipients', width: 160, ellipsis: { showTitle: false },
      render: (_, r) => <Tooltip title={r.recipients.join('、')}>{r.recipients.join('、') || t('common.none')}</Tooltip>,
    },
    { title: t('instructions.receipts.reminders'), dataIndex: 'reminders', width: 70, align: 'right' },
  ];
  const status = list.filters.status ?? ALL;
  return (
    <Card
      title={t('instructions.receipts.title', { region: regionName })}
      extra={(
        <Segmented<ReceiptFilter | typeof ALL>
          value={status}
          onChange={(v) => list.setFilters({ ...list.filters, status: v === ALL ? undefined : v })}
          options={[{ value: ALL, label: t('instructions.receipts.all') }, ...RECEIPT_FILTER.codes.map((c) => ({ value: c, label: t(`receiptFilter.${c}`) }))]}
          data-testid="receipts-filter"
        />
      )}
      className="instruction-card"
    >
      <ListError error={list.error} />
      <ListTable
        list={list}
        columns={columns}
        rowKey={(r) => r.unit.code}
        testId="receipts-table"
        rows={{ testId: 'receipt-row' }}
        totalKey="instructions.receipts.total"
        emptyText={t('instructions.receipts.empty')}
      />
    </Card>
  );
}
