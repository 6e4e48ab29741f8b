import { List, Tag } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { WarningView } from '../../../../common/contracts/declarations.ts';
import { VERIFICATION_OUTCOME, WARNING_LEVEL, WARNING_REASON } from '../../../../common/declarations/vocabulary.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useTerm } from '../../ui/term.ts';
import type { WarningRow } from './local.ts';
import { useDuration } from './time-text.ts';

export function LevelTag({ level }: { level: WarningView['level'] }) {
  const term = useTerm();
  return <Tag color={level === 'high' ? 'danger' : 'warning'} fill={level === 'high' ? 'solid' : 'outline'} data-testid="warning-level">{term(WARNING_LEVEL.labels[level])}</Tag>;
}

/** Where the warning stands: 待核实, 已超时, 已核实, 已核实（待上传）; a refused or overtaken verification is told beside it. */
export function StatusTag({ row }: { row: WarningRow }) {
  const { t } = useTranslation();
  const key = row.local === 'pending' ? 'pending' : row.status;
  const color = key === 'pending' ? 'warning' : key === 'verified' ? 'success' : key === 'overdue' ? 'danger' : 'primary';
  return (
    <>
      <Tag color={color} fill={key === 'overdue' ? 'solid' : 'outline'} data-testid="warning-status" data-status={row.status} data-local={row.local ?? ''}>
        {t(`warnings.status.${key}`)}
      </Tag>
      {(row.local === 'rejected' || row.local === 'conflict') && (
        <Tag color={row.local === 'rejected' ? 'danger' : 'default'} fill="outline" data-testid={`warning-${row.local}`}>{t(`warnings.status.${row.local}`)}</Tag>
      )}
    </>
  );
}

export function useReasons(): (view: WarningView) => string {
  const { t } = useTranslation();
  const term = useTerm();
  return (view) => view.reasons.map((r) => term(WARNING_REASON.labels[r])).join(t('warnings.listSeparator'));
}

/** A raised temperature shows red. */
export function Temperature({ view }: { view: WarningView }) {
  const high = view.reasons.includes('temperature') || view.reasons.includes('high_temperature');
  return <span className={high ? 'temp-high' : ''}>{view.maxTemperature.toFixed(1)} °C</span>;
}

/** The deadline line: time left, time overdue (red), or the verification. */
export function DeadlineText({ row, now }: { row: WarningRow; now: number }) {
  const { t } = useTranslation();
  const term = useTerm();
  const duration = useDuration();
  const due = Date.parse(row.view.dueAt);
  if (row.status === 'verified') {
    const outcome = row.view.outcome ? term(VERIFICATION_OUTCOME.labels[row.view.outcome]) : t('warnings.status.verified');
    return <span className={`warning-verified-line outcome-${row.view.outcome ?? 'unknown'}`}>{outcome}{row.view.verifiedAt ? ` · ${formatDateTime(row.view.verifiedAt)}` : ''}</span>;
  }
  if (row.status === 'overdue') return <span className="warning-overdue-line" data-testid="warning-overdue">{t('warnings.overdueBy', { time: duration(now - due) })}</span>;
  return <span className={due - now < 3_600_000 ? 'attention' : 'muted'}>{t('warnings.dueIn', { time: duration(due - now) })}</span>;
}

export function WarningListItem({ row, now, prefix }: { row: WarningRow; now: number; prefix?: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const duration = useDuration();
  const reasons = useReasons();
  const { view } = row;
  return (
    <List.Item
      className={`warning-row status-${row.status}`}
      prefix={prefix}
      onClick={() => void navigate(`/warnings/${encodeURIComponent(view.id)}`)}
      description={
        <>
          <div className="warning-reasons">{reasons(view)}</div>
          <div className="warning-meta">
            <Temperature view={view} /> · {view.checkpoint.name} · {t('warnings.ago', { time: duration(now - Date.parse(view.lastDeclaredAt)) })}
            {view.declarationCount > 1 && <> · {t('warnings.declarations', { count: view.declarationCount })}</>}
          </div>
          <div className="warning-deadline"><DeadlineText row={row} now={now} /></div>
        </>
      }
      data-testid="warning-row"
      data-id={view.id}
      data-status={row.status}
    >
      <div className="warning-row-head">
        <span className="warning-name">{view.name}</span>
        <LevelTag level={view.level} />
        <StatusTag row={row} />
      </div>
    </List.Item>
  );
}
