import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstructionPriority, InstructionStatus, ReceiptStatus } from '../../../../common/instructions/vocabulary.ts';

const STATUS_COLORS: Record<InstructionStatus, string> = { scheduled: 'purple', sent: 'processing', withdrawn: 'default' };
const RECEIPT_COLORS: Record<ReceiptStatus, string> = { unread: 'default', read: 'processing', done: 'success' };

export function PriorityTag({ priority }: { priority: InstructionPriority }) {
  const { t } = useTranslation();
  return <Tag color={priority === 'urgent' ? 'red' : 'blue'} variant="outlined" className="cell-tag" data-testid="instruction-priority">{t(`instructionPriority.${priority}`)}</Tag>;
}

export function InstructionStatusTag({ status }: { status: InstructionStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]} className="cell-tag" data-testid="instruction-status">{t(`instructionStatus.${status}`)}</Tag>;
}

/** A receipt's state; overdue outranks unread and read, since it is what the sender chases. */
export function ReceiptStatusTag({ status, overdue }: { status: ReceiptStatus; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="receipt-status">
      <Tag color={RECEIPT_COLORS[status]} className="cell-tag" data-testid="receipt-status">{t(`receiptStatus.${status}`)}</Tag>
      {overdue && <Tag color="error" className="cell-tag" data-testid="receipt-overdue">{t('receiptFilter.overdue')}</Tag>}
    </span>
  );
}
