import { Col, Empty, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ChartItem } from '../../../lib/charts/EChart.tsx';
import { LazyEChart as EChart } from '../../../lib/charts/LazyEChart.tsx';
import { levelLabel } from '../regions/region-labels.ts';
import { ChildRegionsTable } from './ChildRegionsTable.tsx';
import { CountLink } from './CountLink.tsx';
import { dayLabel } from './day-label.ts';
import { EVENT_SERIES, eventsOption } from './events-chart.ts';
import { FigureTile } from './FigureTile.tsx';
import { useListLinks } from './list-links.ts';
import { Panel, type PanelProps } from './Panel.tsx';
import { useMonitoring, type Poll } from './queries.ts';
import type { Drill } from './use-view.ts';
import type { OverviewView } from './view.ts';

interface Props extends PanelProps {
  view: OverviewView;
  today: string;
  poll: Poll;
  drill: Drill;
}

/** 人员监控: grid workers by status, the day's visits and reports, events per day, and the regions one level down. */
export function MonitoringPanel({ view, today, poll, drill, extra }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const linkTo = useListLinks();
  const query = useMonitoring(view, today, poll);
  const m = query.data;
  const option = useMemo(() => (m ? eventsOption(t, m.eventsByDay) : null), [t, m]);
  const region = m?.region.code ?? view.region;
  const openDay = ({ seriesIndex, dataIndex }: ChartItem) => {
    const category = EVENT_SERIES[seriesIndex];
    const day = m?.eventsByDay[dataIndex]?.day;
    const link = category && day ? linkTo('events', { region, category, from: day, to: day }) : null;
    if (link) void navigate(link.pathname, { state: link.state });
  };

  return (
    <Panel name="monitoring" title={t('overview.monitoring.title')} extra={extra} query={query}>
      {m && option && (
        <Row gutter={[20, 12]}>
          <Col xs={24} xxl={10}>
            <div className="panel-subtitle">{t('overview.monitoring.figures', { day: dayLabel(t, m.day, today) })}</div>
            <div className="figure-row figure-row-3">
              <FigureTile label={t('overview.monitoring.workers')} value={<CountLink value={m.workers.total} link={linkTo('workers', { region })} data-testid="overview-workers-total" />} />
              <FigureTile tone="green" label={t('overview.monitoring.onDuty')} value={<CountLink value={m.workers.onDuty} link={linkTo('workers', { region, status: 'on_duty' })} data-testid="overview-workers-on-duty" />} />
              <FigureTile tone="cyan" label={t('overview.monitoring.active')} value={<CountLink value={m.workers.activeToday} link={linkTo('workers', { region, status: 'active_today' })} data-testid="overview-workers-active" />} />
              <FigureTile tone="grey" label={t('overview.monitoring.inactive')} value={<CountLink value={m.workers.inactive} link={linkTo('workers', { region, status: 'inactive' })} data-testid="overview-workers-inactive" />} />
              <FigureTile tone="purple" label={t('overview.monitoring.visits')} value={<CountLink value={m.visitsToday} link={null} data-testid="overview-visits" />} />
              <FigureTile tone="orange" label={t('overview.monitoring.events')} value={<CountLink value={m.eventsToday} link={linkTo('events', { region, from: m.day, to: m.day })} data-testid="overview-events-today" />} />
            </div>
            <div className="panel-subtitle">{t('overview.monitoring.eventsChart')}</div>
            <EChart option={option} height={250} label={t('overview.monitoring.eventsChart')} onItemClick={openDay} data-testid="overview-events-chart" />
          </Col>
          <Col xs={24} xxl={14}>
            {m.children.length > 0
              ? (
                <>
                  <div className="panel-subtitle">
                    {t('overview.monitoring.children', { level: levelLabel(t, m.region.level + 1) })}
                    <span className="panel-subtitle-hint">{t('overview.monitoring.childHint')}</span>
                  </div>
                  <ChildRegionsTable rows={m.children} day={m.day} drill={drill} />
                </>
              )
              : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.noChildren')} />}
          </Col>
        </Row>
      )}
    </Panel>
  );
}
