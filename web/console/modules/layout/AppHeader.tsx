import { EnvironmentOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Avatar, Button, Divider, Layout, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { queryClient } from '../../query-client.ts';
import { BrandMark } from '../../ui/BrandMark.tsx';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { ChangePasswordModal } from '../auth/ChangePasswordModal.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { NotificationBell } from '../instructions/NotificationBell.tsx';

/** `onOpenMenu`: on a phone the menu is a drawer, opened by the button left of the brand. */
export function AppHeader({ onOpenMenu }: { onOpenMenu?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [changingPassword, setChangingPassword] = useState(false);
  // The platform belongs to the city the account sits in, not to a name built into the code.
  const city = me.regionChain[0]?.name ?? me.region.name;
  const title = t('app.title', { city });
  useEffect(() => {
    document.title = title;
  }, [title]);

  const logout = useMutation({
    mutationFn: () => api('POST /api/auth/logout'),
    onSuccess: () => {
      // A full reload leaves nothing of this session in memory.
      queryClient.clear();
      window.location.replace('/login');
    },
    onError: (error) => void message.error(errorText(t, error)),
  });

  return (
    <Layout.Header className="app-header">
      {onOpenMenu && (
        <Button type="text" className="app-header-button app-menu-button" icon={<MenuOutlined />} onClick={onOpenMenu} aria-label={t('narrow.menu')} data-testid="nav-open" />
      )}
      <Link to="/" className="app-brand">
        <BrandMark />
        <span className="app-title" data-testid="app-title">{title}</span>
        <span className="app-badge">EpiGrid</span>
      </Link>
      <div className="app-header-right">
        <span className="app-region" title={me.region.code}>
          <EnvironmentOutlined /> <span data-testid="header-region">{me.region.name}</span>
        </span>
        <Divider orientation="vertical" className="app-divider" />
        <span className="app-user">
          <Avatar size="small" icon={<UserOutlined />} className="app-avatar" />
          <span data-testid="header-user">{me.displayName}</span>
          <Tag color="blue" variant="outlined" className="app-role" data-testid="header-role">{t(`role.${me.role}`)}</Tag>
        </span>
        <Divider orientation="vertical" className="app-divider" />
        <NotificationBell />
        <LanguageSwitch className="app-header-button" />
        <Button type="text" className="app-header-button" icon={<KeyOutlined />} onClick={() => setChangingPassword(true)} title={t('password.title')} data-testid="change-password">
          <span className="app-header-label">{t('password.title')}</span>
        </Button>
        <Button type="text" className="app-header-button" icon={<LogoutOutlined />} loading={logout.isPending} onClick={() => logout.mutate()} title={t('header.logout')} data-testid="logout">
          <span className="app-header-label">{t('header.logout')}</span>
        </Button>
      </div>
      {changingPassword && <ChangePasswordModal onClose={() => setChangingPassword(false)} />}
    </Layout.Header>
  );
}
