import { Button, Card, ErrorBlock, Grid, Skeleton, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { FieldSummary } from '../../../../common/contracts/field.ts';
import { chinaDate } from '../../../../common/time.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useOnline, useOutbox, useSyncStatus } from '../../offline/hooks.ts';
import type { OutboxKind } from '../../offline/outbox-types.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useDuty } from '../duty/duty-state.ts';
import { ShiftClock } from '../duty/ShiftClock.tsx';
import { TabHeader } from '../layout/TabHeader.tsx';
import { useHouseholdList } from '../households/queries.ts';
import { useGridGeometry } from '../location/GridMap.tsx';
import { HomeTasksCard } from '../tasks/HomeTasksCard.tsx';
import { HomeWarningsCard } from '../warnings/HomeWarningsCard.tsx';
import { useSummary } from './summary.ts';

type TodayKey = keyof FieldSummary['today'];
const TODAY: { key: TodayKey; kind?: OutboxKind }[] = [
  { key: 'visits', kind: 'visit' },
  { key: 'households', kind: 'household' },
  { key: 'persons', kind: 'person' },
  { key: 'movements', kind: 'movement' },
  { key: 'events', kind: 'event' },
  { key: 'dutyMinutes' },
];

export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const summary = useSummary();
  const online = useOnline();
  const sync = useSyncStatus();
  const outbox = useOutbox(me.id);
  const duty = useDuty();
  // The grid outline, the household list, the tasks and the warnings (the cards below) are fetched while online, so they work in a stairwell later.
  useGridGeometry(summary.data?.grids.map((g) => g.code) ?? []);
  useHouseholdList('');
  const today = chinaDate(new Date());
  const rejected = outbox.items.filter((i) => i.state === 'rejected');
  const waiting = outbox.items.length - rejected.length;
  const queuedToday = (kind: OutboxKind) =>
    outbox.items.filter((i) => i.kind === kind && i.state === 'pending' && chinaDate(new Date(i.createdAt)) === today).length;

  return (
    <div className="tab-page" data-testid="home-page">
      <TabHeader title={t('home.title')} />
      <div className="greeting" data-testid="home-greeting">
        <div className="greeting-name">{t('home.hello', { name: me.displayName })}</div>
        {summary.data ? (
          summary.data.grids.map((grid) => (
            <div key={grid.code} className="grid-card" data-testid="my-grid">
              <div className="grid-name">{grid.name}</div>
              <div className="grid-chain">{grid.chain.filter((r) => r.code !== grid.code).map((r) => r.name).join(' / ')}</div>
            </div>
          ))
        ) : summary.isPending ? (
          <Skeleton.Paragraph lineCount={2} animated />
        ) : (
          <div className="grid-card">
            <div className="grid-name">{me.region.name}</div>
            <div className="grid-chain">{me.regionChain.filter((r) => r.code !== me.region.code).map((r) => r.name).join(' / ')}</div>
          </div>
        )}
      </div>

      <HomeTasksCard />
      <HomeWarningsCard />

      <Card className="home-card" title={t('home.sync')} onClick={() => void navigate('/queue')} data-testid="home-sync">
        <div className="sync-row">
          <Tag color={online ? 'success' : 'default'} fill="outline">{online ? t('status.online') : t('status.offline')}</Tag>
          <span className="sync-figure" data-testid="home-waiting"><b>{waiting}</b> {t('home.waiting')}</span>
          <span className={`sync-figure${rejected.length ? ' danger' : ''}`} data-testid="home-rejected"><b>{rejected.length}</b> {t('home.rejected')}</span>
        </div>
        <div className="sync-note">
          {sync.phase === 'syncing' ? t('sync.syncing')
            : !online ? (waiting ? t('home.offlineWaiting') : t('home.offlineReady'))
              : sync.lastSyncAt ? t('home.lastSync', { time: formatDateTime(new Date(sync.lastSyncAt).toISOString()) }) : t('home.allSent')}
        </div>
      </Card>

      <Card className="home-card" title={t('home.duty')} onClick={() => void navigate('/duty')} data-testid="home-duty">
        {duty.shift ? (
          <div className="duty-line">
            <Tag color="primary">{t('duty.onDuty')}</Tag> {duty.shift.checkpointName} · <ShiftClock since={duty.shift.startedAt} />
          </div>
        ) : (
          <div className="duty-line"><Tag>{t('duty.offDuty')}</Tag> {t('home.checkInHint')}</div>
        )}
      </Card>

      <Card className="home-card" title={t('home.today')}>
        {summary.isError && !summary.data && (
          <ErrorBlock status="disconnected" title={t('home.noFigures')} description={errorText(t, summary.error)} className="inline-error" />
        )}
        <Grid columns={3} gap={8}>
          {TODAY.map(({ key, kind }) => {
            const queued = kind ? queuedToday(kind) : 0;
            const server = summary.data?.today[key] ?? 0;
            return (
              <Grid.Item key={key} className="figure" data-testid={`today-${key}`}>
                <div className="figure-value">{key === 'dutyMinutes' ? (server / 60).toFixed(1) : server + queued}</div>
                <div className="figure-label">{t(`home.figures.${key}`)}</div>
                {queued > 0 && <div className="figure-queued">{t('home.queuedPart', { count: queued })}</div>}
              </Grid.Item>
            );
          })}
        </Grid>
        {summary.data && (
          <div className="totals">
            <span>{t('home.totals.households', { count: summary.data.totals.households })}</span>
            <span>{t('home.totals.persons', { count: summary.data.totals.persons })}</span>
            <span className={summary.data.totals.inObservation ? 'attention' : ''}>{t('home.totals.inObservation', { count: summary.data.totals.inObservation })}</span>
          </div>
        )}
      </Card>

      <div className="quick-actions">
        <Button color="primary" size="large" onClick={() => void navigate('/households/new')} data-testid="quick-household">{t('home.actions.household')}</Button>
        <Button color="warning" size="large" onClick={() => void navigate('/report')} data-testid="quick-report">{t('home.actions.report')}</Button>
      </div>
    </div>
  );
}
