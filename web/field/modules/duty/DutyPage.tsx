import { Button, Card, Dialog, Input, List, Skeleton, Tag, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { checkShiftStart, TEXT_LIMITS } from '../../../../common/field/rules.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { LocalTag } from '../../ui/LocalTag.tsx';
import { problemText } from '../../ui/field-errors.ts';
import { showQueued } from '../../ui/queued-toast.ts';
import { useDraft } from '../../ui/useDraft.ts';
import { useCurrentUser } from '../auth/session.ts';
import { TabHeader } from '../layout/TabHeader.tsx';
import { currentPosition } from '../location/geolocate.ts';
import { useDuty } from './duty-state.ts';
import { HEARTBEAT_MS } from './DutyHeartbeat.tsx';
import { ShiftClock } from './ShiftClock.tsx';

/** 卡点值班: check in at a checkpoint (with a GPS fix when there is one), heartbeats while on duty, check out. */
export function DutyPage() {
  const { t, i18n } = useTranslation();
  const english = currentLanguage(i18n) === 'en';
  const navigate = useNavigate();
  const me = useCurrentUser();
  const duty = useDuty();
  const draft = useDraft(`${me.id}:duty:checkpoint`, { checkpointName: '' });
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const checkpointName = name ?? draft.values.checkpointName;

  const checkIn = async () => {
    const problems = checkShiftStart({ checkpointName, startedAt: new Date().toISOString() });
    if (problems.checkpointName) {
      setError(problemText(t, problems.checkpointName, english));
      return;
    }
    setBusy(true);
    try {
      // A fix if the phone has one quickly; checking in never waits long for the sky.
      const location = await currentPosition(8_000).catch(() => null);
      await duty.start(checkpointName, location);
      // The checkpoint name is kept for the next shift (most workers staff the same one).
      draft.save({ checkpointName });
      showQueued(t);
    } finally {
      setBusy(false);
    }
  };

  const checkOut = async () => {
    const ok = await Dialog.confirm({ content: t('duty.confirmEnd'), confirmText: t('duty.end'), cancelText: t('common.cancel') });
    if (!ok) return;
    await duty.end();
    Toast.show({ icon: 'success', content: t('duty.ended') });
  };

  return (
    <div className="tab-page" data-testid="duty-page">
      <TabHeader title={t('duty.title')} />
      {duty.loading || !draft.ready ? (
        <Skeleton.Paragraph lineCount={5} animated />
      ) : duty.shift ? (
        <Card className="duty-card on" data-testid="duty-open">
          <div className="duty-state"><Tag color="primary">{t('duty.onDuty')}</Tag>{duty.startQueued && <LocalTag state={duty.startQueued.state === 'rejected' ? 'rejected' : 'pending'} />}</div>
          <div className="duty-checkpoint" data-testid="duty-checkpoint">{duty.shift.checkpointName}</div>
          <div className="duty-line">{t('duty.startedAt', { time: formatDateTime(duty.shift.startedAt) })}</div>
          <div className="duty-line duty-elapsed"><ShiftClock since={duty.shift.startedAt} /></div>
          <div className="duty-line muted">
            {duty.shift.lastHeartbeatAt ? t('duty.lastHeartbeat', { time: formatDateTime(duty.shift.lastHeartbeatAt) }) : t('duty.noHeartbeatYet')}
          </div>
          <div className="duty-hint">{t('duty.heartbeatHint', { minutes: HEARTBEAT_MS / 60_000 })}</div>
          {duty.startQueued?.state === 'rejected' && (
            <button type="button" className="link-button danger" onClick={() => void navigate(`/queue/${duty.shift!.id}`)}>{t('queue.seeReason')}</button>
          )}
          <Button block color="danger" size="large" onClick={() => void checkOut()} data-testid="duty-end">{t('duty.end')}</Button>
        </Card>
      ) : (
        <Card className="duty-card" data-testid="duty-closed">
          <div className="duty-state"><Tag>{t('duty.offDuty')}</Tag></div>
          <List className="plain-list">
            <List.Item
              title={<span className="field-label"><span className="field-required">*</span>{t('duty.checkpoint')}</span>}
              description={error ? <span className="field-error" role="alert">{error}</span> : undefined}
            >
              <Input
                value={checkpointName}
                onChange={(v) => { setName(v); setError(null); }}
                placeholder={t('duty.checkpointPlaceholder')}
                maxLength={TEXT_LIMITS.checkpointName}
                clearable
                data-testid="input-checkpoint"
              />
            </List.Item>
          </List>
          <div className="duty-hint">{t('duty.startHint')}</div>
          <Button block color="primary" size="large" loading={busy} onClick={() => void checkIn()} data-testid="duty-start">{t('duty.start')}</Button>
        </Card>
      )}
    </div>
  );
}
