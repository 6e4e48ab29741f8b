import { Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LazyEChart as EChart } from '../../../lib/charts/LazyEChart.tsx';
import { trendOption, warningsOption } from '../vital-signs/daily-charts.ts';
import { useDeclarationDaily } from '../vital-signs/queries.ts';
import { VitalStats, type WarningNarrowing } from '../vital-signs/VitalStats.tsx';
import '../vital-signs/declarations.css';
import { useListLinks } from './list-links.ts';
import { Panel, type PanelProps } from './Panel.tsx';
import type { OverviewView } from './view.ts';

/**
 * 体征监测: the pieces of the 体征监测 page for the viewed region and period — the day's figures,
 * declarations and symptoms per day, warnings raised and verified per day. It refreshes live
 * through the declarations' daily query, which that page shares.
 */
export function VitalPanel({ view, today, extra }: PanelProps & { view: OverviewView; today: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const linkTo = useListLinks();
  const daily = useDeclarationDaily({ region: view.region, from: view.from, to: view.to });
  const days = daily.data?.days;
  const trend = useMemo(() => (days ? trendOption(t, days) : null), [t, days]);
  const warnings = useMemo(() => (days ? warningsOption(t, days) : null), [t, days]);
  const openWarnings = (narrowing: WarningNarrowing) => {
    const link = linkTo('warnings', { ...narrowing, region: view.region });
    if (link) void navigate(link.pathname, { state: link.state });
  };

  return (
    <Panel name="vital" title={t('overview.vital.title')} extra={extra} query={daily}>
      <VitalStats daily={daily.data} loading={daily.isPending} day={view.to} isToday={view.to === today} onOpenWarnings={openWarnings} />
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <div className="panel-subtitle">{t('vital.trendTitle')}</div>
          {trend && <EChart option={trend} height={300} label={t('vital.trendTitle')} data-testid="overview-vital-chart" />}
        </Col>
        <Col xs={24} xl={9}>
          <div className="panel-subtitle">{t('vital.warningsTitle')}</div>
          {warnings && <EChart option={warnings} height={300} label={t('vital.warningsTitle')} data-testid="overview-warnings-chart" />}
        </Col>
      </Row>
    </Panel>
  );
}
