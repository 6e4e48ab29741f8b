import { Button, Card, Dialog, ErrorBlock, List, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RELATION } from '../../../../common/field/vocabulary.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useOutbox, useSyncStatus } from '../../offline/hooks.ts';
import { discard, resubmit, adoptExistingPerson } from '../../offline/outbox.ts';
import { dependentsOf } from '../../offline/plan.ts';
import { PageShell } from '../../ui/PageShell.tsx';
import { useReturn } from '../../ui/use-return.ts';
import { useTerm } from '../../ui/term.ts';
import { useCurrentUser } from '../auth/session.ts';
import { describeItem, errorLines, statusText } from './describe.ts';
import { ExistingHouseholdCard } from './ExistingHouseholdCard.tsx';

const EDITABLE = new Set(['household', 'person', 'movement', 'visit', 'event', 'warningVerify', 'instructionFeedback']);

/** One queued record: why it waits or was refused; fix and resubmit (same id), or discard. */
export function QueueItemPage() {
  const { t, i18n } = useTranslation();
  const english = currentLanguage(i18n) === 'en';
  const term = useTerm();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const id = decodeURIComponent(useParams().id!);
  const outbox = useOutbox(me.id);
  const sync = useSyncStatus();
  const item = outbox.items.find((i) => i.id === id);
  const back = useReturn('/queue');

  if (!outbox.loaded) return <PageShell title={t('queue.item')} back="/queue">{null}</PageShell>;
  if (!item) {
    return (
      <PageShell title={t('queue.item')} back="/queue">
        <ErrorBlock status="empty" title={t('queue.gone')} description={t('queue.goneHint')} />
      </PageShell>
    );
  }
  const label = (otherId: string) => {
    const other = outbox.items.find((i) => i.id === otherId);
    return other ? `${t(`kind.${other.kind}`)}“${describeItem(other, t, term, outbox.items)}”` : otherId;
  };
  const status = outbox.plan.statuses.get(item.id);
  const dependents = dependentsOf(outbox.items, item.id);
  const lines = item.lastError ? errorLines(item.lastError, t, english) : null;
  const existing = item.lastError?.code === 'PERSON_EXISTS' ? item.lastError.existing : undefined;
  const sending = sync.sendingId === item.id;

  const onDiscard = async () => {
    const ok = await Dialog.confirm({
      title: t('queue.discardTitle'),
      content: dependents.length > 0 ? t('queue.discardWithDependents', { count: dependents.length }) : t('queue.discardConfirm'),
      confirmText: t('queue.discard'),
      cancelText: t('common.cancel'),
    });
    if (!ok) return;
    await discard(item.id);
    Toast.show({ content: t('queue.discarded') });
    back();
  };

  const onUseExisting = async () => {
    if (!existing) return;
    const moved = await adoptExistingPerson(item.id, existing.id);
    Toast.show({ content: moved > 0 ? t('queue.usedExisting', { count: moved }) : t('queue.usedExistingAlone') });
    back();
  };

  return (
    <PageShell
      title={t('queue.item')}
      back="/queue"
      testId="queue-item-page"
      footer={
        <div className="footer-actions">
          <Button color="danger" fill="outline" size="large" disabled={sending} onClick={() => void onDiscard()} data-testid="queue-discard">{t('queue.discard')}</Button>
          {EDITABLE.has(item.kind) ? (
            <Button color="primary" size="large" disabled={sending} onClick={() => void navigate(`/queue/${encodeURIComponent(item.id)}/edit`)} data-testid="queue-edit">
              {item.state === 'rejected' ? t('queue.fix') : t('queue.edit')}
            </Button>
          ) : item.state === 'rejected' && (
            <Button color="primary" size="large" onClick={() => void resubmit(item.id, item.payload).then(back)} data-testid="queue-resubmit">{t('queue.resubmit')}</Button>
          )}
        </div>
      }
    >
      <Card className="detail-card">
        <div className="detail-sub">{t(`kind.${item.kind}`)} · {formatDateTime(new Date(item.createdAt).toISOString())}</div>
        <div className="detail-title">{describeItem(item, t, term, outbox.items)}</div>
        <div className={item.state === 'rejected' ? 'danger' : 'muted'} data-testid="queue-item-state">{statusText(status, item, sync.sendingId, t, label)}</div>
      </Card>

      {lines && (
        <Card className={`detail-card ${item.state === 'rejected' ? 'reason-card' : ''}`} title={item.state === 'rejected' ? t('queue.reason') : t('queue.lastError')} data-testid="queue-reason">
          <div>{lines.summary}</div>
          {lines.fields.map((f) => <div key={f.field} className="reason-field">{f.field}：{f.text}</div>)}
          {item.lastAttemptAt && <div className="muted">{t('queue.lastAttempt', { time: formatDateTime(new Date(item.lastAttemptAt).toISOString()), count: item.attempts })}</div>}
        </Card>
      )}

      {existing && (
        <Card className="detail-card" title={t('queue.existingPerson')} data-testid="existing-person">
          <List>
            <List.Item extra={existing.name}>{t('person.name')}</List.Item>
            <List.Item extra={existing.idNumberMasked ?? '—'}>{t('person.idNumber')}</List.Item>
            <List.Item extra={existing.phoneMasked ?? '—'}>{t('person.phone')}</List.Item>
            <List.Item extra={existing.grid.name}>{t('household.grid')}</List.Item>
            {existing.relation && <List.Item extra={term(RELATION.labels[existing.relation])}>{t('person.relation')}</List.Item>}
          </List>
          <div className="muted">{t('queue.existingHint')}</div>
          <Button block color="primary" fill="outline" onClick={() => void onUseExisting()} data-testid="use-existing">{t('queue.useExisting')}</Button>
        </Card>
      )}

      {item.kind === 'household' && item.lastError?.existingHousehold && (
        <ExistingHouseholdCard
          item={item}
          existing={item.lastError.existingHousehold}
          done={(existingId) => (existingId ? void navigate(`/households/${existingId}`, { replace: true }) : back())}
        />
      )}

      {status?.state === 'blocked' && (
        <Button block fill="none" color="primary" onClick={() => void navigate(`/queue/${encodeURIComponent(status.by)}`)}>{t('queue.openBlocker')}</Button>
      )}
      {dependents.length > 0 && <div className="list-meta">{t('queue.dependents', { count: dependents.length })}</div>}
    </PageShell>
  );
}
