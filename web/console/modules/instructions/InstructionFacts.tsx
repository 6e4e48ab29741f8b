import { Alert, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InstructionDetail } from '../../../../common/contracts/instructions.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { RecordFacts } from '../../ui/RecordDrawer.tsx';
import { levelLabel } from '../regions/region-labels.ts';
import { FileLinks } from './InstructionFiles.tsx';

/** What the instruction says and to whom, with where it was forwarded from and to. */
export function InstructionFacts({ instruction: i }: { instruction: InstructionDetail }) {
  const { t } = useTranslation();
  const regions = i.regions.map((r) => r.name).join('、');
  const recipients = i.kind === 'staff' && i.level !== null
    ? t('instructions.detail.staffLevel', { regions, level: levelLabel(t, i.level) })
    : t('instructions.detail.recipientsOf', { regions, kind: t(`recipientKind.${i.kind}`) });
  const feedback = !i.feedbackRequired
    ? t('instructions.detail.feedbackNone')
    : i.feedbackFields.length > 0 ? i.feedbackFields.map((f) => (f.unit ? `${f.label}（${f.unit}）` : f.label)).join('、') : t('instructions.detail.feedbackText');
  const items = [
    { key: 'sender', label: t('instructions.detail.sender'), children: `${i.sender.region.name} · ${i.sender.name}` },
    { key: 'sentAt', label: t('instructions.detail.sentAt'), children: i.status === 'scheduled' ? t('instructions.scheduledAt', { at: formatDateTime(i.sendAt) }) : formatDateTime(i.sendAt) },
    { key: 'dueAt', label: t('instructions.detail.dueAt'), children: formatDateTime(i.dueAt) },
    { key: 'feedback', label: t('instructions.detail.feedback'), children: feedback },
    { key: 'recipients', label: t('instructions.detail.recipients'), children: recipients, span: 2 },
    ...(i.attachments.length > 0
      ? [{ key: 'attachments', label: t('instructions.files.label'), span: 2, children: <FileLinks files={i.attachments} testId="instruction-attachments" /> }]
      : []),
    ...(i.forwardOf
      ? [{ key: 'forwardOf', label: t('instructions.detail.forwardOf'), span: 2, children: <Link to={`/instructions/${i.forwardOf.id}`} data-testid="instruction-forward-of">{i.forwardOf.title}（{i.forwardOf.senderRegion.name}）</Link> }]
      : []),
    ...(i.forwards.length > 0
      ? [{
        key: 'forwards', label: t('instructions.detail.forwards'), span: 2,
        children: <Space wrap>{i.forwards.map((f) => <Link key={f.id} to={`/instructions/${f.id}`}>{f.senderRegion.name}</Link>)}</Space>,
      }]
      : []),
  ];
  return (
    <Card className="instruction-card" data-testid="instruction-facts">
      {i.withdrawnAt && (
        <Alert
          type="warning"
          showIcon
          className="instruction-withdrawn"
          title={t('instructions.detail.withdrawn', { at: formatDateTime(i.withdrawnAt), reason: i.withdrawReason ?? '' })}
          data-testid="instruction-withdrawn"
        />
      )}
      <Typography.Paragraph className="instruction-body" data-testid="instruction-body">{i.body}</Typography.Paragraph>
      <RecordFacts items={items} testId="instruction-facts-table" labelWidth={96} />
      {i.lastRemindedAt && <div className="text-muted instruction-reminded">{t('instructions.detail.lastReminded', { at: formatDateTime(i.lastRemindedAt) })}</div>}
    </Card>
  );
}
