import { Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../common/contracts/audit.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { AuditDetail } from './AuditDetail.tsx';
import { actionLabel, targetTypeLabel } from './audit-labels.ts';
import { ListTable } from '../lists/ListTable.tsx';

/** Failures and lockouts stand out, then access to personal data; everything else is routine. */
function actionColor(action: string): string {
  if (action === 'auth.login_failed' || action === 'auth.locked') return 'red';
  if (action === 'pii.reveal' || action.startsWith('export.')) return 'orange';
  if (action.startsWith('auth.')) return 'default';
  return 'blue';
}

/** The log as loaded so far; more comes by 加载更多 (the log pages by `before`, not by cursor). */
export function AuditTable({ list }: { list: { rows: AuditEntry[]; loading: boolean } }) {
  const { t } = useTranslation();
  const none = <span className="text-muted">{t('common.none')}</span>;
  const columns: TableColumnsType<AuditEntry> = [
    { title: t('audit.seq'), dataIndex: 'seq', width: 70, render: (seq: number) => <span className="mono">{seq}</span> },
    { title: t('audit.time'), dataIndex: 'at', width: 140, render: (at: string) => formatDateTime(at) },
    { title: t('audit.actor'), dataIndex: 'actorUsername', width: 140, render: (actor: string | null) => (actor ? <span className="mono">{actor}</span> : t('audit.system')) },
    {
      title: t('audit.actionColumn'),
      dataIndex: 'action',
      width: 130,
      render: (action: string) => <Tooltip title={action}><Tag color={actionColor(action)}>{actionLabel(t, action)}</Tag></Tooltip>,
    },
    {
      title: t('audit.target'),
      key: 'target',
      width: 190,
      render: (_, entry) => (entry.targetType
        ? <span>{targetTypeLabel(t, entry.targetType)} {entry.targetId && <Typography.Text className="mono" type="secondary" ellipsis={{ tooltip: entry.targetId }} style={{ maxWidth: 110 }}>{entry.targetId}</Typography.Text>}</span>
        : none),
    },
    { title: t('audit.region'), dataIndex: 'regionCode', width: 150, render: (code: string | null) => (code ? <span className="mono">{code}</span> : none) },
    { title: t('audit.detail'), key: 'detail', render: (_, entry) => <AuditDetail entry={entry} /> },
  ];
  return <ListTable list={list} columns={columns} rowKey="seq" testId="audit-table" />;
}
