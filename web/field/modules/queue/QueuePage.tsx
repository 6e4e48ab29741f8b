import { Button, ErrorBlock, List, Tabs, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../lib/format.ts';
import { useOnline, useOutbox, useSynced, useSyncStatus } from '../../offline/hooks.ts';
import { retryNow } from '../../offline/outbox.ts';
import { isAlreadyVerified, isEventMoved, isWithdrawn, type EventHandlePayload, type InstructionReadPayload } from '../../offline/outbox-types.ts';
import { syncEngine } from '../../offline/sync-engine.ts';
import { PageShell } from '../../ui/PageShell.tsx';
import { useTerm } from '../../ui/term.ts';
import { useCurrentUser } from '../auth/session.ts';
import { handledByMe } from '../tasks/event-tasks.ts';
import { describeItem, statusText } from './describe.ts';

/** 待同步 / 被退回 / 已同步: what the phone holds, and why. */
export function QueuePage() {
  const { t } = useTranslation();
  const term = useTerm();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const online = useOnline();
  const sync = useSyncStatus();
  const outbox = useOutbox(me.id);
  const synced = useSynced(me.id);
  const [search, setSearch] = useSearchParams();
  const rejected = outbox.items.filter((i) => i.state === 'rejected');
  const waiting = outbox.items.filter((i) => i.state !== 'rejected');
  const tab = search.get('tab') ?? (rejected.length > 0 && waiting.length === 0 ? 'rejected' : 'waiting');
  const label = (id: string) => {
    const item = outbox.items.find((i) => i.id === id);
    return item ? `${t(`kind.${item.kind}`)}“${describeItem(item, t, term, outbox.items)}”` : id;
  };

  // A sent record opens what it was about: the warning verified, the task read or answered.
  const openSynced = (r: (typeof synced)[number]) => {
    if (r.kind === 'warningVerify') return () => void navigate(`/warnings/${encodeURIComponent(r.id)}`);
    if (r.kind === 'instructionRead' || r.kind === 'instructionFeedback') return () => void navigate(`/tasks/${encodeURIComponent((r.payload as InstructionReadPayload).instructionId)}`);
    if (r.kind === 'eventHandle') return () => void navigate(`/tasks/events/${encodeURIComponent((r.payload as EventHandlePayload).eventId)}`);
    return undefined;
  };

  const row = (item: (typeof outbox.items)[number]) => (
    <List.Item
      key={item.id}
      onClick={() => void navigate(`/queue/${encodeURIComponent(item.id)}`)}
      description={
        <>
          <div>{formatDateTime(new Date(item.createdAt).toISOString())}</div>
          <div className={item.state === 'rejected' ? 'danger' : 'muted'} data-testid="queue-item-status">
            {statusText(outbox.plan.statuses.get(item.id), item, sync.sendingId, t, label)}
          </div>
        </>
      }
      prefix={<Tag className="queue-kind" color={item.state === 'rejected' ? 'danger' : 'warning'} fill="outline">{t(`kind.${item.kind}`)}</Tag>}
      data-testid="queue-item"
      data-kind={item.kind}
      data-state={item.state}
    >
      {describeItem(item, t, term, outbox.items)}
    </List.Item>
  );

  return (
    <PageShell title={t('queue.title')} back="/me" testId="queue-page">
      <div className="queue-bar">
        <span>{online ? t(`sync.${sync.phase === 'idle' && outbox.items.length > 0 ? 'idleHeld' : sync.phase}`) : t('sync.offline')}</span>
        <Button size="mini" color="primary" fill="outline" disabled={!online || waiting.length === 0} onClick={() => void retryNow(me.id).then(() => syncEngine.kick())} data-testid="sync-now">
          {t('queue.syncNow')}
        </Button>
      </div>
      <Tabs activeKey={tab} onChange={(key) => setSearch({ tab: key }, { replace: true })}>
        <Tabs.Tab title={t('queue.tabs.waiting', { count: waiting.length })} key="waiting">
          {waiting.length === 0 ? <ErrorBlock status="empty" title={t('queue.noneWaiting')} description="" /> : <List>{waiting.map(row)}</List>}
        </Tabs.Tab>
        <Tabs.Tab title={<span data-testid="tab-rejected">{t('queue.tabs.rejected', { count: rejected.length })}</span>} key="rejected">
          {rejected.length === 0 ? <ErrorBlock status="empty" title={t('queue.noneRejected')} description="" /> : <List>{rejected.map(row)}</List>}
        </Tabs.Tab>
        <Tabs.Tab title={t('queue.tabs.synced')} key="synced">
          {synced.length === 0 ? (
            <ErrorBlock status="empty" title={t('queue.noneSynced')} description="" />
          ) : (
            <List>
              {synced.slice(0, 100).map((r) => (
                <List.Item
                  key={r.id}
                  description={
                    <>
                      {t('queue.syncedAt', { time: formatDateTime(new Date(r.syncedAt).toISOString()) })}
                      {isAlreadyVerified(r.result) && !(r.result.warning?.verifiedBy === me.displayName && r.result.warning.outcome === (r.payload as { outcome?: string }).outcome) && <div className="attention" data-testid="synced-already-verified">{t('queue.alreadyVerified', { who: r.result.warning?.verifiedBy ?? '—' })}</div>}
                      {isWithdrawn(r.result) && <div className="attention" data-testid="synced-withdrawn">{t('queue.instructionWithdrawn')}</div>}
                      {isEventMoved(r.result) && !handledByMe(r.result, r.payload as EventHandlePayload, me.displayName) && <div className="attention" data-testid="synced-event-moved">{t('queue.eventMoved')}</div>}
                    </>
                  }
                  prefix={<Tag className="queue-kind" color={isWithdrawn(r.result) || isEventMoved(r.result) ? 'default' : 'success'} fill="outline">{t(`kind.${r.kind}`)}</Tag>}
                  onClick={openSynced(r)}
                  data-testid="synced-item"
                >
                  {r.kind === 'movement' && (r.result as { personName?: string } | null)?.personName ? `${(r.result as { personName: string }).personName} · ` : ''}{describeItem(r, t, term)}
                </List.Item>
              ))}
            </List>
          )}
        </Tabs.Tab>
      </Tabs>
      {outbox.othersCount > 0 && <div className="list-meta">{t('queue.others', { count: outbox.othersCount })}</div>}
    </PageShell>
  );
}
