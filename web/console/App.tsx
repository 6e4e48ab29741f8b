import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { AppShell, type LibraryFrame } from '../lib/AppShell.tsx';
import { i18n } from './i18n/index.ts';
import { queryClient } from './query-client.ts';
import { router } from './router.tsx';
import { theme } from './theme.ts';

const AntdFrame: LibraryFrame = ({ language, children }) => (
  <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme}>
    <AntApp>{children}</AntApp>
  </ConfigProvider>
);

export function App() {
  return <AppShell i18n={i18n} queryClient={queryClient} router={router} Frame={AntdFrame} />;
}
