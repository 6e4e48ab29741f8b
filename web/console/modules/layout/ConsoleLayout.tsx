import { Layout, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigation } from 'react-router';
import { useCurrentUser } from '../auth/session.ts';
import { AppHeader } from './AppHeader.tsx';
import { NavMenu } from './NavMenu.tsx';

export function ConsoleLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  // Pages are separate chunks: while one downloads, the current page stays, marked as busy.
  const loadingPage = useNavigation().state === 'loading';
  const city = me.regionChain[0]?.name ?? me.region.name;
  return (
    <Layout className="console">
      <AppHeader />
      <Layout hasSider>
        <Layout.Sider collapsible width={208} collapsedWidth={64} breakpoint="xl" className="app-sider">
          <NavMenu />
        </Layout.Sider>
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
