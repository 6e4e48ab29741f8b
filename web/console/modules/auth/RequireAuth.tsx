import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { errorText } from '../../../lib/errors.ts';
import { CurrentUserContext, useSession } from './session.ts';

/** Routes below need a session: without one, go to /login and come back afterwards. */
export function RequireAuth() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Spin fullscreen description={t('common.loading')} />;
  if (session.isError) {
    return (
      <Result
        status="error"
        title={t('common.loadFailed')}
        subTitle={errorText(t, session.error)}
        extra={<Button type="primary" onClick={() => void session.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!session.data) return <Navigate to="/login" replace state={{ from: location }} />;
  return (
    <CurrentUserContext value={session.data}>
      <Outlet />
    </CurrentUserContext>
  );
}
