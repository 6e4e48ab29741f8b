import { ShareAltOutlined } from '@ant-design/icons';
import { Button, Card, List, Space, Tooltip } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../../common/contracts/instructions.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCan } from '../auth/session.ts';
import { ComposeDrawer } from './ComposeDrawer.tsx';
import { feedbackValuesText } from './feedback-values.ts';
import { FeedbackForm } from './FeedbackForm.tsx';
import { FileLinks } from './InstructionFiles.tsx';
import { ReceiptStatusTag } from './InstructionTags.tsx';
import { useReadInstruction } from './queries.ts';

/**
 * 本单位回执: the instruction as the caller's office received it. Opening the page reads it (签收)
 * for the office; here it is answered and, with the right to send, forwarded down a level.
 */
export function OfficeReceipt({ item }: { item: InboxItem }) {
  const { t } = useTranslation();
  const can = useCan();
  const read = useReadInstruction();
  const [forwarding, setForwarding] = useState(false);
  const asked = useRef(false);
  useEffect(() => {
    if (item.status !== 'unread' || asked.current) return;
    asked.current = true;
    read.mutate(item.id);
  }, [item.id, item.status, read]);

  const forward = can('instructions.send') && (
    <Tooltip title={t('instructions.office.forwardHint')}>
      <Button icon={<ShareAltOutlined />} onClick={() => setForwarding(true)} data-testid="instruction-forward">{t('instructions.office.forward')}</Button>
    </Tooltip>
  );
  return (
    <Card
      title={<Space>{t('instructions.office.title')}<ReceiptStatusTag status={item.status} overdue={item.overdue} /></Space>}
      extra={forward}
      className="instruction-card"
      data-testid="office-receipt"
    >
      <div className="text-muted office-receipt-meta">
        {item.unit.name}{item.readAt && ` · ${t('instructions.office.readAt', { at: formatDateTime(item.readAt) })}`}
      </div>
      <FileLinks files={item.attachments} testId="office-attachments" />
      {item.feedback.length > 0 && (
        <List
          size="small"
          header={t('instructions.office.history')}
          dataSource={item.feedback}
          renderItem={(f) => (
            <List.Item data-testid="office-feedback">
              <div>
                <div>{[feedbackValuesText(item.feedbackFields, f.values), f.text].filter(Boolean).join('；')}</div>
                <FileLinks files={f.photos} testId="office-feedback-photos" />
                <div className="text-muted">{t('instructions.office.by', { name: f.byName, at: formatDateTime(f.at) })}</div>
              </div>
            </List.Item>
          )}
        />
      )}
      {item.feedbackRequired && <FeedbackForm item={item} />}
      {forwarding && <ComposeDrawer forward={item} onClose={() => setForwarding(false)} />}
    </Card>
  );
}
