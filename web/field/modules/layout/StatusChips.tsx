import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOnline, useOutbox, useSyncStatus } from '../../offline/hooks.ts';
import { Icon } from '../../ui/icons.tsx';
import { useCurrentUser } from '../auth/session.ts';

/** Online or not, and how many records wait: always visible, one tap to the queue. */
export function StatusChips({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const online = useOnline();
  const sync = useSyncStatus();
  const { items } = useOutbox(me.id);
  const navigate = useNavigate();
  const rejected = items.filter((i) => i.state === 'rejected').length;
  const waiting = items.length - rejected;
  return (
    <button type="button" className={`status-chips${compact ? ' compact' : ''}`} onClick={() => void navigate('/queue')} data-testid="status-chips">
      <span className={`chip ${online ? 'chip-online' : 'chip-offline'}`} data-testid="online-indicator" data-online={online}>
        <Icon name={online ? 'cloud' : 'cloudOff'} size={14} />
        {!compact && (online ? t('status.online') : t('status.offline'))}
      </span>
      {waiting > 0 && (
        <span className={`chip chip-waiting${sync.phase === 'syncing' ? ' spinning' : ''}`} data-testid="chip-waiting">
          <Icon name="sync" size={13} />{waiting}
        </span>
      )}
      {rejected > 0 && <span className="chip chip-rejected" data-testid="chip-rejected">!{rejected}</span>}
    </button>
  );
}
