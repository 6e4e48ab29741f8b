import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router';
import type { LoginRequest } from '../../../../common/contracts/auth.ts';
import { api } from '../../../lib/api.ts';
import { ME_KEY, queryClient } from '../../query-client.ts';
import { BrandMark } from '../../ui/BrandMark.tsx';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { loginErrorText } from './login-error.ts';
import { nextPath } from './next-path.ts';
import { useSession } from './session.ts';

/** Where the user was going before the auth guard sent them here. */
function targetOf(location: Location): string {
  const from = (location.state as { from?: Location } | null)?.from;
  return from && from.pathname !== '/login' ? `${from.pathname}${from.search}${from.hash}` : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const target = targetOf(location);
  // Another app's page (the big screen's `?next=/screen`) needs a full load: this router does not know it.
  const next = nextPath(location.search);
  const login = useMutation({
    mutationFn: (body: LoginRequest) => api('POST /api/auth/login', { body }),
    onSuccess: (me) => {
      // Nothing cached for a previous account may show to this one.
      queryClient.removeQueries();
      queryClient.setQueryData(ME_KEY, me);
      if (!next) void navigate(target, { replace: true });
    },
  });

  useEffect(() => {
    if (session.data && next) window.location.replace(next);
  }, [session.data, next]);

  if (session.data) return next ? null : <Navigate to={target} replace />;

  return (
    <div className="login-page">
      <LanguageSwitch className="login-language" />
      <div className="login-panel">
        <div className="login-brand">
          <BrandMark size={64} />
          <div>
            <div className="login-product">{t('login.product')}</div>
            <div className="login-tagline">{t('login.tagline')}</div>
          </div>
        </div>
        <Card className="login-card" variant="borderless">
          <h2 className="login-heading">{t('login.heading')}</h2>
          {login.isError && (
            <Alert className="login-error" type="error" showIcon title={loginErrorText(t, login.error)} data-testid="login-error" />
          )}
          <Form<LoginRequest> layout="vertical" size="large" requiredMark={false} onFinish={(values) => login.mutate(values)} data-testid="login-form">
            <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
              <Input prefix={<UserOutlined />} placeholder={t('login.usernamePlaceholder')} autoComplete="username" autoFocus data-testid="login-username" />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} placeholder={t('login.passwordPlaceholder')} autoComplete="current-password" data-testid="login-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
              {t('login.submit')}
            </Button>
          </Form>
          <div className="login-notice">{t('login.notice')}</div>
        </Card>
      </div>
      <div className="login-footer">{t('login.footer', { year: new Date().getFullYear() })}</div>
    </div>
  );
}
