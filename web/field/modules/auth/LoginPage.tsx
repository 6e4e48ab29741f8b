import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Input, List, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router';
import type { LoginRequest } from '../../../../common/contracts/auth.ts';
import { api, isApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useOnline } from '../../offline/hooks.ts';
import { listOutbox } from '../../offline/outbox.ts';
import { ME_KEY, queryClient } from '../../query-client.ts';
import { BrandIcon } from '../../ui/BrandIcon.tsx';
import { rememberUser, useSession } from './session.ts';

function targetOf(location: Location): string {
  const from = (location.state as { from?: Location } | null)?.from;
  return from && from.pathname !== '/login' ? `${from.pathname}${from.search}` : '/';
}

function loginError(t: ReturnType<typeof useTranslation>['t'], error: unknown): string {
  if (isApiError(error, 'NETWORK')) return t('login.offline');
  if (isApiError(error, 'ACCOUNT_LOCKED') && typeof error.extra.lockedUntil === 'string') {
    return t('login.lockedUntil', { message: errorText(t, error), time: formatDateTime(error.extra.lockedUntil) });
  }
  return errorText(t, error);
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const online = useOnline();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const waiting = useQuery({ queryKey: ['outbox-count'], queryFn: async () => (await listOutbox()).length, staleTime: 0 });
  const login = useMutation({
    mutationFn: (body: LoginRequest) => api('POST /api/auth/login', { body }),
    onSuccess: async (me) => {
      await rememberUser(me);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      queryClient.setQueryData(ME_KEY, me);
      void navigate(targetOf(location), { replace: true });
    },
  });

  if (session.data) return <Navigate to={targetOf(location)} replace />;
  const submit = () => {
    if (!username.trim() || !password) return;
    login.mutate({ username: username.trim(), password });
  };

  return (
    <div className="login-page" data-testid="login-page">
      <div className="login-brand">
        <BrandIcon size={64} />
        <div className="login-product">{t('login.product')}</div>
        <div className="login-tagline">{t('login.tagline')}</div>
      </div>
      {(waiting.data ?? 0) > 0 && <NoticeBar color="alert" content={t('login.queueWaits', { count: waiting.data })} wrap data-testid="login-queue" />}
      {!online && <NoticeBar color="default" content={t('login.offline')} wrap />}
      <List className="login-form" mode="card">
        <List.Item title={t('login.username')}>
          <Input value={username} onChange={setUsername} placeholder={t('login.usernamePlaceholder')} autoComplete="username" clearable data-testid="login-username" />
        </List.Item>
        <List.Item title={t('login.password')}>
          <Input value={password} onChange={setPassword} type="password" placeholder={t('login.passwordPlaceholder')} autoComplete="current-password" onEnterPress={submit} data-testid="login-password" />
        </List.Item>
      </List>
      {login.isError && <div className="login-error" role="alert" data-testid="login-error">{loginError(t, login.error)}</div>}
      <div className="login-actions">
        <Button block color="primary" size="large" loading={login.isPending} disabled={!username.trim() || !password} onClick={submit} data-testid="login-submit">
          {t('login.submit')}
        </Button>
      </div>
      <div className="login-notice">{t('login.notice')}</div>
    </div>
  );
}
