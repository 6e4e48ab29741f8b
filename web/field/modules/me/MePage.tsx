import { Button, Card, Dialog, List, Tag, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { forgetCached } from '../../offline/cached-get.ts';
import { useOnline, useOutbox, useSyncStatus } from '../../offline/hooks.ts';
import { retryNow } from '../../offline/outbox.ts';
import { syncEngine } from '../../offline/sync-engine.ts';
import { ME_KEY, queryClient } from '../../query-client.ts';
import { forgetUser, useCurrentUser } from '../auth/session.ts';
import { TabHeader } from '../layout/TabHeader.tsx';

export function MePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const online = useOnline();
  const sync = useSyncStatus();
  const outbox = useOutbox(me.id);
  const rejected = outbox.items.filter((i) => i.state === 'rejected').length;
  const waiting = outbox.items.length - rejected;
  const english = currentLanguage(i18n) === 'en';

  const logout = async () => {
    if (!online) {
      Toast.show({ content: t('me.logoutOffline') });
      return;
    }
    const ok = await Dialog.confirm({
      content: outbox.items.length > 0 ? t('me.logoutWithQueue', { count: outbox.items.length }) : t('me.logoutConfirm'),
      confirmText: t('me.logout'),
      cancelText: t('common.cancel'),
    });
    if (!ok) return;
    try {
      await api('POST /api/auth/logout');
    } catch (error) {
      Toast.show({ content: errorText(t, error), icon: 'fail' });
      return;
    }
    syncEngine.stop();
    await forgetCached(me.id);
    await forgetUser();
    queryClient.clear();
    queryClient.setQueryData(ME_KEY, null);
    void navigate('/login', { replace: true });
  };

  return (
    <div className="tab-page" data-testid="me-page">
      <TabHeader title={t('me.title')} />
      <Card className="home-card account-card">
        <div className="greeting-name" data-testid="me-name">{me.displayName}</div>
        <div className="muted">{me.username} · {t(`role.${me.role}`)}</div>
        <div className="grid-chain" data-testid="me-region">{me.regionChain.map((r) => r.name).join(' / ')}</div>
      </Card>

      <List header={t('me.sync')} mode="card">
        <List.Item extra={<Tag color={online ? 'success' : 'default'} fill="outline">{online ? t('status.online') : t('status.offline')}</Tag>}>{t('me.network')}</List.Item>
        <List.Item extra={<b data-testid="me-waiting">{waiting}</b>} onClick={() => void navigate('/queue?tab=waiting')}>{t('me.waiting')}</List.Item>
        <List.Item extra={<b className={rejected ? 'danger' : ''} data-testid="me-rejected">{rejected}</b>} onClick={() => void navigate('/queue?tab=rejected')}>{t('me.rejected')}</List.Item>
        <List.Item extra={sync.lastSyncAt ? formatDateTime(new Date(sync.lastSyncAt).toISOString()) : '—'}>{t('me.lastSync')}</List.Item>
        <List.Item extra={t(`sync.${!online ? 'offline' : sync.phase === 'idle' && outbox.items.length > 0 ? 'idleHeld' : sync.phase}`)} onClick={() => void navigate('/queue?tab=synced')}>{t('me.syncState')}</List.Item>
        {outbox.othersCount > 0 && <List.Item>{t('queue.others', { count: outbox.othersCount })}</List.Item>}
      </List>
      <div className="me-actions">
        <Button block color="primary" fill="outline" disabled={!online || waiting === 0} onClick={() => void retryNow(me.id).then(() => syncEngine.kick())} data-testid="me-sync-now">{t('queue.syncNow')}</Button>
      </div>

      <List header={t('me.settings')} mode="card">
        <List.Item extra={english ? 'English' : '中文'} onClick={() => void i18n.changeLanguage(english ? 'zh-CN' : 'en')} data-testid="language-switch">{t('me.language')}</List.Item>
      </List>
      <div className="me-actions">
        <Button block color="danger" size="large" onClick={() => void logout()} data-testid="logout">{t('me.logout')}</Button>
      </div>
    </div>
  );
}
