import { useMemo } from 'react';
import { formatCount } from '../../lib/format.ts';
import { Chart } from '../charts/Chart.tsx';
import { useVital, VITAL_DAYS, type PanelScope } from '../data/queries.ts';
import { T } from '../text.ts';
import { Figure } from './Figure.tsx';
import { Panel } from './Panel.tsx';
import { topSymptoms, vitalOption } from './vital-option.ts';

const SYMPTOM_ROWS = 5;

/** 体征监测: today's declarations and warnings, the 14-day trend, and today's symptoms. */
export function VitalPanel({ scope }: { scope: PanelScope }) {
  const query = useVital(scope);
  const daily = query.data;
  const option = useMemo(() => (daily ? vitalOption(daily.days) : null), [daily]);
  const today = daily?.days.at(-1);
  const yesterday = daily?.days.at(-2);
  const symptoms = today ? topSymptoms(today, SYMPTOM_ROWS) : [];
  const most = Math.max(1, ...symptoms.map((s) => s.count));
  return (
    <Panel name="vital" title={T.vital} extra={T.lastDays(VITAL_DAYS)} query={query}>
      {daily && today && option && (
        <div className="vital">
          <div className="figure-grid">
            <Figure label={T.declarationsToday} value={today.declarations} size="m"
              change={{ by: today.declarations - (yesterday?.declarations ?? 0), meaning: 'neutral' }} data-testid="screen-declarations-today" />
            <Figure label={T.feverToday} value={today.feverTemperatures} tone="amber" size="m" data-testid="screen-fever-today" />
            <Figure label={T.warningsRaised} value={today.warningsRaised} tone="red" size="m" data-testid="screen-warnings-raised" />
            <Figure label={T.warningsVerified} value={today.warningsVerified} tone="green" size="m" />
            <Figure label={T.openWarnings} value={daily.openWarnings} tone="amber" size="m" />
            <Figure label={T.overdueWarnings} value={daily.overdueWarnings} tone="red" size="m" data-testid="screen-overdue-warnings" />
          </div>
          <div className="vital-lower">
            <div className="chart-box">
              <Chart option={option} label={T.vital} data-testid="screen-vital-chart" />
            </div>
            <div className="symptoms">
              <div className="sub-title">{T.symptomsToday}</div>
              {symptoms.length === 0
                ? <div className="quiet">{T.noSymptoms}</div>
                : symptoms.map((s) => (
                  <div key={s.code} className="bar-row">
                    <span className="bar-label">{s.label}</span>
                    <span className="bar-track"><span className="bar-fill tone-bg-amber" style={{ width: `${(s.count / most) * 100}%` }} /></span>
                    <span className="bar-value">{formatCount(s.count, 'zh-CN')}</span>
                  </div>
                ))}
            </div>
          </div>
        </div>
      )}
    </Panel>
  );
}
