import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../common/contracts/audit.ts';
import { changeLines, searchSummary } from './audit-detail.ts';

/**
 * An entry's detail: a record change as its changed fields (before → after, masked as the
 * server recorded them), a search in words, anything else as its JSON.
 */
export function AuditDetail({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const { detail } = entry;
  if (Object.keys(detail).length === 0) return <span className="text-muted">{t('common.none')}</span>;
  const raw = JSON.stringify(detail, null, 2);
  const lines = changeLines(t, i18n.language === 'en' ? 'en' : 'zh', entry);
  if (lines) {
    return (
      <ul className="audit-change" title={raw} data-testid="audit-change">
        {lines.map((line) => (
          <li key={line.field}>
            <span className="text-muted">{line.field}：</span>
            {line.before !== undefined && <><span>{line.before}</span><span className="text-muted"> → </span></>}
            <span>{line.after}</span>
          </li>
        ))}
      </ul>
    );
  }
  const summary = searchSummary(t, detail);
  if (summary) return <span title={raw}>{summary}</span>;
  return <Typography.Text className="mono detail-json" ellipsis={{ tooltip: raw }}>{JSON.stringify(detail)}</Typography.Text>;
}
