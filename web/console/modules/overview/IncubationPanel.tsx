import { Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { OBSERVATION_DAYS, ORIGIN_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { addDays } from '../../../../common/time.ts';
import type { ChartItem } from '../../../lib/charts/EChart.tsx';
import { LazyEChart as EChart } from '../../../lib/charts/LazyEChart.tsx';
import { term } from '../field/labels.ts';
import { CountLink } from './CountLink.tsx';
import { dayLabel } from './day-label.ts';
import { FigureTile } from './FigureTile.tsx';
import { figureOf, INCUBATION_SERIES, incubationOption, type IncubationMeasure, type OriginPick } from './incubation-chart.ts';
import { useListLinks } from './list-links.ts';
import { Panel, type PanelProps } from './Panel.tsx';
import { useIncubation, type Poll } from './queries.ts';
import type { OverviewView } from './view.ts';

/** 潜伏期趋势: arrivals, departures and people inside their 14-day window per day, for one origin or all. */
export function IncubationPanel({ view, today, poll, extra }: PanelProps & { view: OverviewView; today: string; poll: Poll }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const linkTo = useListLinks();
  const [origin, setOrigin] = useState<OriginPick>('all');
  const query = useIncubation(view, poll);
  const days = query.data?.days;
  const option = useMemo(() => (days ? incubationOption(t, days, origin) : null), [t, days, origin]);
  const region = query.data?.region.code ?? view.region;
  const category = origin === 'all' ? {} : { category: origin };

  /** The movements behind one day's figure: that day's arrivals or departures, or the arrivals still in their window. */
  const linkOf = (measure: IncubationMeasure, day: string) => {
    if (measure === 'departures') return linkTo('movements', { region, direction: 'departure', ...category, from: day, to: day });
    if (measure === 'arrivals') return linkTo('movements', { region, direction: 'arrival', ...category, from: day, to: day });
    // Today the list's own "in observation" switch says the same, and also leaves out early releases.
    return day === today
      ? linkTo('movements', { region, direction: 'arrival', ...category, inObservation: true })
      : linkTo('movements', { region, direction: 'arrival', ...category, from: addDays(day, 1 - OBSERVATION_DAYS), to: day });
  };
  const sum = (measure: IncubationMeasure) => (days ?? []).reduce((n, d) => n + figureOf(d, measure, origin), 0);
  const last = days?.[days.length - 1];
  const openItem = ({ seriesIndex, dataIndex }: ChartItem) => {
    const measure = INCUBATION_SERIES[seriesIndex];
    const day = days?.[dataIndex];
    const link = measure && day ? linkOf(measure, day.day) : null;
    if (link) void navigate(link.pathname, { state: link.state });
  };

  const controls = (
    <Segmented<OriginPick>
      size="small"
      value={origin}
      onChange={setOrigin}
      options={[{ value: 'all', label: t('overview.incubation.allOrigins') }, ...ORIGIN_CATEGORY.codes.map((c) => ({ value: c, label: term(t, 'originCategory', c) }))]}
      data-testid="overview-origin"
    />
  );
  return (
    <Panel name="incubation" title={t('overview.incubation.title')} controls={controls} extra={extra} query={query}>
      {days && last && option && (
        <>
          <div className="figure-row">
            <FigureTile
              label={t('overview.incubation.periodArrivals')}
              value={<CountLink value={sum('arrivals')} link={linkTo('movements', { region, direction: 'arrival', ...category, from: view.from, to: view.to })} data-testid="overview-period-arrivals" />}
              sub={`${view.from.slice(5)} ~ ${view.to.slice(5)}`}
            />
            <FigureTile
              tone="orange"
              label={t('overview.incubation.periodDepartures')}
              value={<CountLink value={sum('departures')} link={linkTo('movements', { region, direction: 'departure', ...category, from: view.from, to: view.to })} data-testid="overview-period-departures" />}
              sub={`${view.from.slice(5)} ~ ${view.to.slice(5)}`}
            />
            <FigureTile
              tone="red"
              label={t('overview.incubation.inWindowOn', { day: dayLabel(t, last.day, today) })}
              value={<CountLink value={figureOf(last, 'inWindow', origin)} link={linkOf('inWindow', last.day)} data-testid="overview-in-window" />}
              sub={t('overview.incubation.inWindowHint')}
            />
          </div>
          <EChart option={option} height={300} label={t('overview.incubation.title')} onItemClick={openItem} data-testid="overview-incubation-chart" />
        </>
      )}
    </Panel>
  );
}
