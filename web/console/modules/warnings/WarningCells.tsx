import { Tag, Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { WarningView } from '../../../../common/contracts/declarations.ts';
import type { VerificationOutcome, WarningLevel, WarningReasonCode } from '../../../../common/declarations/vocabulary.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { declTerm, LEVEL_COLORS, OUTCOME_COLORS, WARNING_STATUS_COLORS, type WarningStatus } from '../vital-signs/terms.ts';

/** Pieces of a warning that the list, the overview and the drawer show alike. */

export function LevelTag({ level }: { level: WarningLevel }) {
  const { t } = useTranslation();
  return <Tag color={LEVEL_COLORS[level]} variant="solid" className="level-tag cell-tag" data-testid="warning-level">{declTerm(t, 'warningLevel', level)}</Tag>;
}

export function WarningStatusTag({ status }: { status: WarningStatus }) {
  const { t } = useTranslation();
  return <Tag color={WARNING_STATUS_COLORS[status]} data-testid="warning-status">{t(`warnings.statusName.${status}`)}</Tag>;
}

export function OutcomeTag({ outcome }: { outcome: VerificationOutcome | null }) {
  const { t } = useTranslation();
  if (!outcome) return <span className="text-muted">{t('common.none')}</span>;
  const label = declTerm(t, 'verificationOutcome', outcome);
  return <Tooltip title={label}><Tag color={OUTCOME_COLORS[outcome]} className="cell-tag" data-testid="warning-outcome">{label}</Tag></Tooltip>;
}

/** The reasons as tags; compact shows the first two and the rest in a tooltip. */
export function ReasonTags({ reasons, compact = false }: { reasons: WarningReasonCode[]; compact?: boolean }) {
  const { t } = useTranslation();
  const shown = compact ? reasons.slice(0, 2) : reasons;
  const rest = reasons.slice(shown.length);
  return (
    <span className="reason-tags">
      {shown.map((r) => <Tag key={r} className="reason-tag">{declTerm(t, 'warningReason', r)}</Tag>)}
      {rest.length > 0 && (
        <Tooltip title={rest.map((r) => declTerm(t, 'warningReason', r)).join('、')}>
          <Tag className="reason-tag">+{rest.length}</Tag>
        </Tooltip>
      )}
    </span>
  );
}

/** "1 小时 5 分" / "45 分钟". */
export function formatMinutes(t: TFunction, minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  return m < 60 ? t('warnings.minutes', { count: m }) : t('warnings.hoursMinutes', { h: Math.floor(m / 60), m: m % 60 });
}

/** The verification deadline: red with how late when overdue, the time left while open. */
export function DeadlineCell({ warning: w, now = Date.now() }: { warning: WarningView; now?: number }) {
  const { t } = useTranslation();
  const due = Date.parse(w.dueAt);
  if (w.status === 'verified') return <span className="text-muted">{formatDateTime(w.dueAt)}</span>;
  const overdue = w.status === 'overdue' || due < now;
  return (
    <div className={overdue ? 'deadline-overdue' : undefined} data-testid="warning-deadline" data-overdue={overdue}>
      <div>{formatDateTime(w.dueAt)}</div>
      <div className="cell-sub">
        {overdue ? t('warnings.lateBy', { time: formatMinutes(t, (now - due) / 60_000) }) : t('warnings.timeLeft', { time: formatMinutes(t, (due - now) / 60_000) })}
      </div>
    </div>
  );
}

/** Temperatures at or above this are drawn red (the rules' usual fever threshold). */
export function Temperature({ value, high }: { value: number; high: boolean }) {
  return <span className={high ? 'temperature-high' : undefined}>{value.toFixed(1)} °C</span>;
}
