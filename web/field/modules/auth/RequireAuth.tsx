import { ErrorBlock, SpinLoading } from 'antd-mobile';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { errorText } from '../../../lib/errors.ts';
import { removeOrphanPhotos } from '../../offline/photos.ts';
import { syncEngine } from '../../offline/sync-engine.ts';
import { queryClient, ME_KEY } from '../../query-client.ts';
import { DutyHeartbeat } from '../duty/DutyHeartbeat.tsx';
import { useSyncRefresh } from '../layout/sync-refresh.ts';
import { useTaskNotices } from '../tasks/notices.ts';
import { useWarningNotices } from '../warnings/notices.ts';
import { CurrentUserContext, forgetUser, useSession } from './session.ts';

/** Pages behind sign-in. The sync engine runs for the signed-in user and stops at sign-out. */
export function RequireAuth() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const me = session.data;

  useEffect(() => {
    if (!me) return;
    syncEngine.start(me.id);
    void removeOrphanPhotos();
    // The engine met a 401: the session is gone; the queue stays and continues after sign-in.
    return syncEngine.subscribe((status) => {
      if (status.phase === 'login') {
        void forgetUser();
        queryClient.setQueryData(ME_KEY, null);
      }
    });
  }, [me]);
  useSyncRefresh();
  useWarningNotices(me?.displayName);
  useTaskNotices(me?.displayName);

  if (session.isPending) return <div className="page-loading"><SpinLoading /></div>;
  if (session.isError) return <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={errorText(t, session.error)} fullPage />;
  if (!me) return <Navigate to="/login" replace state={{ from: location }} />;
  return (
    <CurrentUserContext.Provider value={me}>
      <DutyHeartbeat />
      <Outlet />
    </CurrentUserContext.Provider>
  );
}
