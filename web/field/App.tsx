import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { currentLanguage } from '../lib/i18n.ts';
import { i18n } from './i18n/index.ts';
import { queryClient } from './query-client.ts';
import { router } from './router.tsx';

function LocalisedApp() {
  const { i18n: active } = useTranslation();
  return (
    <ConfigProvider locale={currentLanguage(active) === 'en' ? enUS : zhCN}>
      <RouterProvider router={router} />
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalisedApp />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
