import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ComponentType, ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { currentLanguage, type Language } from './i18n.ts';

/** The UI library's own frame (its locale, theme, message hosts) around an app's pages. */
export type LibraryFrame = ComponentType<{ language: Language; children: ReactNode }>;

function Localised({ router, Frame }: { router: ReturnType<typeof createBrowserRouter>; Frame: LibraryFrame }) {
  const { i18n: active } = useTranslation();
  return (
    <Frame language={currentLanguage(active)}>
      <RouterProvider router={router} />
    </Frame>
  );
}

/**
 * What the console and the field app put around their routes: the app's texts, its query
 * cache, and its UI library's frame, which follows the language the user picks.
 */
export function AppShell({ i18n, queryClient, router, Frame }: {
  i18n: I18n;
  queryClient: QueryClient;
  router: ReturnType<typeof createBrowserRouter>;
  Frame: LibraryFrame;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <Localised router={router} Frame={Frame} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
