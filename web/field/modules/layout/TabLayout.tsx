import { TabBar } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useOutbox } from '../../offline/hooks.ts';
import { useUpdateAvailable } from '../../pwa/register.ts';
import { Icon, type IconName } from '../../ui/icons.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useWarningBoard } from '../warnings/queries.ts';

const TABS: { key: string; path: string; icon: IconName }[] = [
  { key: 'home', path: '/', icon: 'home' },
  { key: 'households', path: '/households', icon: 'households' },
  { key: 'report', path: '/report', icon: 'report' },
  { key: 'duty', path: '/duty', icon: 'duty' },
  { key: 'me', path: '/me', icon: 'me' },
];

/** The five tabs at the bottom, where the thumb reaches. */
export function TabLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const me = useCurrentUser();
  const { items } = useOutbox(me.id);
  const rejected = items.filter((i) => i.state === 'rejected').length;
  const update = useUpdateAvailable();
  // Warnings waiting for verification: a badge on 首页, where their card is (a sixth tab would not fit a phone).
  const { counts } = useWarningBoard();
  const waitingWarnings = counts ? counts.open + counts.overdue : 0;
  const active = TABS.find((tab) => tab.path !== '/' && pathname.startsWith(tab.path))?.key ?? 'home';
  return (
    <div className="tab-layout">
      {update && (
        <button type="button" className="update-banner" onClick={update} data-testid="update-banner">{t('app.updateAvailable')}</button>
      )}
      <div className="tab-content">
        <Outlet />
      </div>
      <TabBar className="tab-bar" activeKey={active} onChange={(key) => void navigate(TABS.find((tab) => tab.key === key)!.path)} safeArea>
        {TABS.map((tab) => (
          <TabBar.Item
            key={tab.key}
            icon={<Icon name={tab.icon} />}
            title={<span data-testid={`tab-${tab.key}`}>{t(`tab.${tab.key}`)}</span>}
            badge={tab.key === 'me' && rejected > 0 ? rejected : tab.key === 'home' && waitingWarnings > 0 ? waitingWarnings : undefined}
          />
        ))}
      </TabBar>
    </div>
  );
}

