import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, InputNumber, Select, Space, Switch, Table, Tooltip, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkTimeLimits } from '../../../../common/events/rules.ts';
import { TIME_LIMIT_BOUNDS, type TimeLimitRule } from '../../../../common/events/time-limits.ts';
import { AREA_KIND, EVENT_PRIORITY } from '../../../../common/events/vocabulary.ts';
import { EVENT_STEPS, type EventStep } from '../../../../common/events/workflow.ts';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { isApiError } from '../../../lib/api.ts';
import { errorText, fieldErrorText } from '../../../lib/errors.ts';
import { QueryProblem } from '../../ui/QueryProblem.tsx';
import { minTableWidth } from '../../ui/table-scroll.ts';
import { useCan } from '../auth/session.ts';
import { term, termOptions, type VocabularySection } from '../field/labels.ts';
import { spanOf } from '../events/deadline.ts';
import { spanText } from '../events/span-text.ts';
import { useSaveTimeLimits, useTimeLimits } from './queries.ts';

interface Line { key: number; rule: TimeLimitRule }

let nextKey = 0;
const lineOf = (rule: TimeLimitRule): Line => ({ key: nextKey++, rule });

/** The problems of a set of rules: by line (`rules.3`) and by step (`rules.close`), as checkTimeLimits and the server name them. */
function problemsOf(fields: Record<string, string>) {
  const byLine = new Map<number, string>();
  const bySteps: [EventStep, string][] = [];
  for (const [field, problem] of Object.entries(fields)) {
    const [, at] = field.split('.');
    if (at !== undefined && /^\d+$/.test(at)) byLine.set(Number(at), problem);
    else if (at !== undefined && (EVENT_STEPS as readonly string[]).includes(at)) bySteps.push([at as EventStep, problem]);
  }
  return { byLine, bySteps };
}

/** A condition of a rule: one code of its vocabulary, or 任意 (null). */
function ConditionSelect({ t, section, codes, value, onChange, disabled, testId }: {
  t: TFunction; section: VocabularySection; codes: readonly string[]; value: string | null; onChange: (code: string | null) => void; disabled: boolean; testId: string;
}) {
  return (
    <Select<string>
      value={value ?? ''}
      onChange={(v) => onChange(v === '' ? null : v)}
      options={[{ value: '', label: t('timeLimits.any') }, ...termOptions(t, section, codes)]}
      disabled={disabled}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}

/**
 * 时限设置: the rules that set each step's deadline, edited as a whole and saved at once. The
 * shared check (checkTimeLimits) runs before saving, and the server's verdict shows on the same rows.
 */
export function TimeLimitsEditor() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const editable = can('events.time_limits');
  const saved = useTimeLimits();
  const save = useSaveTimeLimits();
  const [lines, setLines] = useState<Line[] | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  useEffect(() => {
    if (saved.data && lines === null) setLines(saved.data.rules.map(lineOf));
  }, [saved.data, lines]);
  if (!saved.isSuccess || lines === null) return <QueryProblem query={saved} />;

  const change = (key: number, patch: Partial<TimeLimitRule>) => {
    setProblems({});
    setLines(lines.map((l) => (l.key === key ? { key, rule: { ...l.rule, ...patch } } : l)));
  };
  const remove = (key: number) => {
    setProblems({});
    setLines(lines.filter((l) => l.key !== key));
  };
  const add = () => setLines([...lines, lineOf({ step: 'handle', category: null, priority: null, area: null, minutes: 60, workingHours: false })]);
  const submit = () => {
    const rules = lines.map((l) => l.rule);
    const found = checkTimeLimits(rules);
    if (Object.keys(found).length > 0) return setProblems(found);
    save.mutate({ rules }, {
      onSuccess: (answer) => {
        setLines(answer.rules.map(lineOf));
        void message.success(t('timeLimits.saved'));
      },
      onError: (error) => {
        if (isApiError(error) && Object.keys(error.fields).length > 0) setProblems(error.fields);
        else void message.error(errorText(t, error));
      },
    });
  };
  const { byLine, bySteps } = problemsOf(problems);
  const disabled = !editable;
  const columns: TableColumnsType<Line> = [
    {
      title: t('timeLimits.step'), key: 'step', width: 140,
      render: (_, l) => (
        <Select<EventStep> value={l.rule.step} onChange={(step) => change(l.key, { step })} options={termOptions(t, 'eventStep', EVENT_STEPS)} disabled={disabled} style={{ width: '100%' }} data-testid="limit-step" />
      ),
    },
    { title: t('timeLimits.category'), key: 'category', render: (_, l) => <ConditionSelect t={t} section="eventCategory" codes={EVENT_CATEGORY.codes} value={l.rule.category} onChange={(c) => change(l.key, { category: c as TimeLimitRule['category'] })} disabled={disabled} testId="limit-category" /> },
    { title: t('timeLimits.priority'), key: 'priority', width: 110, render: (_, l) => <ConditionSelect t={t} section="eventPriority" codes={EVENT_PRIORITY.codes} value={l.rule.priority} onChange={(p) => change(l.key, { priority: p as TimeLimitRule['priority'] })} disabled={disabled} testId="limit-priority" /> },
    { title: t('timeLimits.area'), key: 'area', width: 110, render: (_, l) => <ConditionSelect t={t} section="areaKind" codes={AREA_KIND.codes} value={l.rule.area} onChange={(a) => change(l.key, { area: a as TimeLimitRule['area'] })} disabled={disabled} testId="limit-area" /> },
    {
      title: t('timeLimits.minutes'), key: 'minutes', width: 210,
      render: (_, l) => (
        <Space size={8}>
          <InputNumber
            value={l.rule.minutes}
            min={TIME_LIMIT_BOUNDS.minMinutes}
            max={TIME_LIMIT_BOUNDS.maxMinutes}
            precision={0}
            onChange={(v) => v !== null && change(l.key, { minutes: v })}
            disabled={disabled}
            style={{ width: 96 }}
            data-testid="limit-minutes"
          />
          <span className="text-muted">{spanText(t, spanOf(l.rule.minutes * 60_000))}</span>
        </Space>
      ),
    },
    {
      title: <Tooltip title={t('timeLimits.workingHoursHint')}>{t('timeLimits.workingHours')}</Tooltip>, key: 'workingHours', width: 100, align: 'center',
      render: (_, l) => <Switch size="small" checked={l.rule.workingHours} onChange={(on) => change(l.key, { workingHours: on })} disabled={disabled} data-testid="limit-working-hours" />,
    },
    ...(editable ? [{
      title: '', key: 'remove', width: 56,
      render: (_: unknown, l: Line) => <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(l.key)} aria-label={t('timeLimits.remove')} data-testid="limit-remove" />,
    }] : []),
  ];
  return (
    <>
      <p className="text-muted">{t('timeLimits.hint')}</p>
      {bySteps.map(([step, problem]) => (
        <Alert key={step} className="filter-feedback" type="error" showIcon title={`${term(t, 'eventStep', step)}：${fieldErrorText(t, problem)}`} data-testid="limit-step-problem" />
      ))}
      <Table<Line>
        rowKey="key"
        size="small"
        tableLayout="fixed"
        pagination={false}
        columns={columns}
        dataSource={lines}
        scroll={{ x: minTableWidth(columns) }}
        rowClassName={(_, i) => (byLine.has(i) ? 'limit-row-problem' : '')}
        expandable={{
          expandedRowKeys: lines.filter((_, i) => byLine.has(i)).map((l) => l.key),
          expandedRowRender: (_, i) => <span className="field-problem" data-testid="limit-row-problem">{fieldErrorText(t, byLine.get(i) ?? '')}</span>,
          showExpandColumn: false,
        }}
        data-testid="time-limits-table"
      />
      {editable && (
        <Space className="time-limits-actions">
          <Button icon={<PlusOutlined />} onClick={add} data-testid="limit-add">{t('timeLimits.add')}</Button>
          <Button type="primary" onClick={submit} loading={save.isPending} data-testid="limit-save">{t('common.save')}</Button>
        </Space>
      )}
    </>
  );
}
