import { ConfigProvider } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { AppShell, type LibraryFrame } from '../lib/AppShell.tsx';
import { i18n } from './i18n/index.ts';
import { queryClient } from './query-client.ts';
import { router } from './router.tsx';

const MobileFrame: LibraryFrame = ({ language, children }) => (
  <ConfigProvider locale={language === 'en' ? enUS : zhCN}>{children}</ConfigProvider>
);

export function App() {
  return <AppShell i18n={i18n} queryClient={queryClient} router={router} Frame={MobileFrame} />;
}
