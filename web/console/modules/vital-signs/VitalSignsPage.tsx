import { ArrowRightOutlined, ReloadOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Space, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { addDays, chinaDate } from '../../../../common/time.ts';
import { LazyEChart as EChart } from '../../../lib/charts/LazyEChart.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { ListError } from '../lists/ListError.tsx';
import { RegionFilter } from '../lists/RegionFilter.tsx';
import { useRememberedState } from '../lists/remembered-state.ts';
import { WarningDrawer } from '../warnings/WarningDrawer.tsx';
import { trendOption, warningsOption } from './daily-charts.ts';
import { DayRangePicker } from './DayRangePicker.tsx';
import { MAX_DAYS, useDeclarationDaily, type DailyFilters } from './queries.ts';
import { RecentWarnings } from './RecentWarnings.tsx';
import { isCityAdmin } from './rules-access.ts';
import { VitalStats, type WarningNarrowing } from './VitalStats.tsx';
import './declarations.css';

const DEFAULT_DAYS = 14;

function lastDays(days: number): DailyFilters {
  const today = chinaDate(new Date());
  return { from: addDays(today, 1 - days), to: today };
}

/** 体征监测: the day's figures, the trend per symptom, and the warnings waiting, for the user's region or part of it. */
export function VitalSignsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const navigate = useNavigate();
  const today = chinaDate(new Date());
  const [filters, setFilters] = useRememberedState<DailyFilters>('vital.filters', lastDays(DEFAULT_DAYS));
  const [openId, setOpenId] = useState<string | null>(null);
  const daily = useDeclarationDaily(filters);
  const days = daily.data?.days;
  const trend = useMemo(() => (days ? trendOption(t, days) : null), [t, days]);
  const warnings = useMemo(() => (days ? warningsOption(t, days) : null), [t, days]);
  const openWarnings = (narrowing: WarningNarrowing) => void navigate('/warnings', { state: { ...narrowing, region: filters.region } });
  const empty = days !== undefined && days.every((d) => d.declarations === 0 && d.warningsRaised === 0 && d.warningsVerified === 0);

  return (
    <>
      <PageTitle
        title={t('vital.title')}
        hint={t('vital.hint', { region: me.region.name })}
        extra={isCityAdmin(me, can) && (
          <Link to="/vital-signs/rules"><Button icon={<SettingOutlined />} data-testid="vital-open-rules">{t('rules.title')}</Button></Link>
        )}
      />
      <Card className="section-bottom vital-filter-card">
        <Space wrap>
          <RegionFilter value={filters.region} onChange={(region) => setFilters({ ...filters, region })} data-testid="vital-region-filter" />
          <DayRangePicker
            from={filters.from}
            to={filters.to}
            today={today}
            maxDays={MAX_DAYS}
            onChange={(range) => setFilters({ ...filters, ...range })}
            data-testid="vital-date-filter"
          />
          <Button icon={<ReloadOutlined />} onClick={() => setFilters(lastDays(DEFAULT_DAYS))} data-testid="vital-reset">{t('common.reset')}</Button>
          <span className="text-muted">{t('vital.autoRefresh')}</span>
        </Space>
      </Card>
      <ListError error={daily.error} />
      <VitalStats daily={daily.data} loading={daily.isPending} day={filters.to} isToday={filters.to === today} onOpenWarnings={openWarnings} />
      <Card title={t('vital.trendTitle')} extra={<span className="text-muted">{t('vital.trendHint')}</span>} className="section-bottom">
        <Spin spinning={daily.isFetching && !daily.isPending} delay={300}>
          {trend
            ? <div className="vital-chart-wrap">
                <EChart option={trend} height={380} label={t('vital.trendTitle')} data-testid="vital-chart" />
                {empty && <div className="vital-chart-empty">{t('vital.noDeclarations')}</div>}
              </div>
            : <div className="vital-chart-placeholder">{daily.isError ? <Empty description={t('common.loadFailed')} /> : <Spin />}</div>}
        </Spin>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('vital.warningsTitle')} className="fill-card">
            {warnings
              ? <EChart option={warnings} height={340} label={t('vital.warningsTitle')} data-testid="vital-warnings-chart" />
              : <div className="vital-chart-placeholder small"><Spin /></div>}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            title={t('vital.recentTitle')}
            className="fill-card"
            extra={(
              <Link to="/warnings" state={{ region: filters.region }} data-testid="vital-all-warnings">
                {t('vital.allWarnings')} <ArrowRightOutlined />
              </Link>
            )}
          >
            <RecentWarnings region={filters.region} onOpen={setOpenId} />
          </Card>
        </Col>
      </Row>
      <WarningDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
