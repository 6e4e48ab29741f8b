import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLiveRefresh } from '../../../lib/live.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { DayRangePicker } from '../vital-signs/DayRangePicker.tsx';
import { ExportButton } from '../briefing/ExportButton.tsx';
import { ActivityPanel } from './ActivityPanel.tsx';
import { CommandPanel } from './CommandPanel.tsx';
import { HighIncidencePanel } from './HighIncidencePanel.tsx';
import { IncubationPanel } from './IncubationPanel.tsx';
import { LiveBadge } from './LiveBadge.tsx';
import { MonitoringPanel } from './MonitoringPanel.tsx';
import { overviewKey, type Poll } from './queries.ts';
import { RegionPicker } from './RegionPicker.tsx';
import { SummaryPanel } from './SummaryPanel.tsx';
import { useOverviewView } from './use-view.ts';
import { VitalPanel } from './VitalPanel.tsx';
import { MAX_PERIOD_DAYS } from './view.ts';
import './overview.css';

/** While the live stream is down the panels poll instead, this often. */
const POLL_MS = 30_000;

/**
 * 指挥中心: the command centre's panels for the user's region or one inside it, over a period,
 * kept current by the live stream. Every figure opens the list behind it.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const { view, today, scope, drill, setPeriod, resetPeriod } = useOverviewView();
  const live = useLiveRefresh(view.region, overviewKey);
  const poll: Poll = live === 'live' ? false : POLL_MS;
  const panel = { view, today, poll };
  // The Excel of a panel asks for exactly what the panel shows.
  const day = { region: view.region, day: view.to };
  const period = { region: view.region, from: view.from, to: view.to };

  return (
    <div className="overview" data-testid="overview-page">
      <PageTitle title={t('overview.title')} hint={t('overview.hint')} extra={<LiveBadge state={live} />} />
      <Card className="overview-toolbar section-bottom">
        <RegionPicker region={view.region} scope={scope} drill={drill} />
        <Space wrap>
          <span className="text-muted">{t('overview.period')}</span>
          <DayRangePicker from={view.from} to={view.to} today={today} maxDays={MAX_PERIOD_DAYS} onChange={setPeriod} data-testid="overview-period" />
          <Button icon={<ReloadOutlined />} onClick={resetPeriod} data-testid="overview-period-reset">{t('overview.resetPeriod')}</Button>
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11} xxl={10}><SummaryPanel {...panel} extra={<ExportButton panel="summary" query={day} />} /></Col>
        <Col xs={24} xl={13} xxl={14}><IncubationPanel {...panel} extra={<ExportButton panel="incubation" query={period} />} /></Col>
        <Col span={24}><VitalPanel view={view} today={today} extra={<ExportButton panel="vital-signs" query={period} />} /></Col>
        <Col span={24}><MonitoringPanel {...panel} drill={drill} extra={<ExportButton panel="monitoring" query={day} />} /></Col>
        <Col span={24}><CommandPanel {...panel} drill={drill} /></Col>
        <Col xs={24} xl={14}><HighIncidencePanel view={view} poll={poll} drill={drill} extra={<ExportButton panel="high-incidence" query={period} />} /></Col>
        <Col xs={24} xl={10}><ActivityPanel view={view} poll={poll} /></Col>
      </Row>
    </div>
  );
}
