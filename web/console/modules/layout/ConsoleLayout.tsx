import { Drawer, Grid, Layout, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigation } from 'react-router';
import { useCurrentUser } from '../auth/session.ts';
import { AppHeader } from './AppHeader.tsx';
import { NavMenu } from './NavMenu.tsx';

export function ConsoleLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  // Pages are separate chunks: while one downloads, the current page stays, marked as busy.
  const loadingPage = useNavigation().state === 'loading';
  const city = me.regionChain[0]?.name ?? me.region.name;
  // Below a tablet's width the menu leaves the page and waits behind the header's button.
  const phone = Grid.useBreakpoint().md === false;
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setMenuOpen(false), [pathname]);
  return (
    <Layout className="console">
      <AppHeader onOpenMenu={phone ? () => setMenuOpen(true) : undefined} />
      <Layout hasSider={!phone}>
        {phone ? (
          <Drawer
            placement="left"
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            size={248}
            closable={false}
            rootClassName="nav-drawer"
            data-testid="nav-drawer"
          >
            <div className="nav-drawer-user" data-testid="nav-drawer-user">
              <div>{me.displayName} · {t(`role.${me.role}`)}</div>
              <div className="nav-drawer-region">{me.region.name}</div>
            </div>
            <NavMenu />
          </Drawer>
        ) : (
          <Layout.Sider collapsible width={208} collapsedWidth={64} breakpoint="xl" className="app-sider">
            <NavMenu />
          </Layout.Sider>
        )}
        <Layout className="console-main">
          <Layout.Content className="console-content">
            <Spin spinning={loadingPage} delay={200}>
              <Outlet />
            </Spin>
          </Layout.Content>
          <Layout.Footer className="console-footer">
            {t('app.footer', { city, year: new Date().getFullYear() })}
          </Layout.Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
