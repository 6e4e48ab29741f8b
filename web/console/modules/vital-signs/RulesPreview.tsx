import { Table, Tag, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { assessDeclaration, type WarningAssessment, type WarningRules } from '../../../../common/declarations/warning-rules.ts';
import { RULE_SAMPLES } from './rule-samples.ts';
import { declTerm, LEVEL_COLORS } from './terms.ts';

interface Props {
  /** The rules in force, and the rules as the form now stands (null while invalid). */
  current: WarningRules;
  proposed: WarningRules | null;
}

type Row = (typeof RULE_SAMPLES)[number] & { now: WarningAssessment; then: WarningAssessment | null };

function Outcome({ t, a }: { t: TFunction; a: WarningAssessment }) {
  if (!a.level) return <Tag color="green">{t('rules.pass')}</Tag>;
  return (
    <span>
      <Tag color={LEVEL_COLORS[a.level]} variant="solid">{declTerm(t, 'warningLevel', a.level)}</Tag>
      <span className="cell-sub rules-reasons">{a.reasons.map((r) => declTerm(t, 'warningReason', r)).join('、')}</span>
    </span>
  );
}

const same = (a: WarningAssessment, b: WarningAssessment) => a.level === b.level && a.reasons.join() === b.reasons.join();

/**
 * Sample declarations judged by the rules in force and by the form's rules, side by side, with
 * the rows that would change marked: the same function the server decides with.
 */
export function RulesPreview({ current, proposed }: Props) {
  const { t } = useTranslation();
  const rows: Row[] = RULE_SAMPLES.map((s) => ({ ...s, now: assessDeclaration(s, current), then: proposed ? assessDeclaration(s, proposed) : null }));
  const columns: TableColumnsType<Row> = [
    {
      title: t('rules.sample'), key: 'sample',
      render: (_, r) => (
        <span>
          <span className={r.temperature >= (proposed ?? current).feverThreshold ? 'temperature-high' : undefined}>{r.temperature.toFixed(1)} °C</span>
          <span className="rules-sample-facts">
            {r.symptoms.length > 0 ? r.symptoms.map((s) => declTerm(t, 'symptom', s)).join('、') : t('rules.noSymptoms')}
            {r.keyAreaTravel && ` · ${t('rules.travelShort')}`}
            {r.caseContact && ` · ${t('rules.contactShort')}`}
          </span>
        </span>
      ),
    },
    { title: t('rules.now'), key: 'now', width: '30%', render: (_, r) => <Outcome t={t} a={r.now} /> },
    {
      title: t('rules.then'), key: 'then', width: '30%',
      render: (_, r) => (r.then ? <Outcome t={t} a={r.then} /> : <span className="text-muted">{t('common.none')}</span>),
    },
  ];
  const changed = rows.filter((r) => r.then && !same(r.now, r.then)).length;
  return (
    <>
      <div className="rules-preview-summary" data-testid="rules-preview-summary">
        {proposed ? (changed > 0 ? t('rules.changedRows', { count: changed }) : t('rules.noChange')) : t('rules.invalid')}
      </div>
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={rows}
        rowClassName={(r) => (r.then && !same(r.now, r.then) ? 'rules-row-changed' : '')}
        onRow={(r) => ({ 'data-testid': 'rules-preview-row', 'data-level': r.then?.level ?? r.now.level ?? 'none' }) as HTMLAttributes<HTMLElement>}
        data-testid="rules-preview"
      />
    </>
  );
}
