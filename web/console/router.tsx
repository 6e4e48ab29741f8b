import { Spin } from 'antd';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from './modules/auth/LoginPage.tsx';
import { RequireAuth } from './modules/auth/RequireAuth.tsx';
import { RequirePermission } from './modules/auth/RequirePermission.tsx';
import { ConsoleLayout } from './modules/layout/ConsoleLayout.tsx';
import { NotFound } from './modules/layout/NotFound.tsx';

/** Each page is its own chunk; the shell (login, layout) loads with the entry. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    hydrateFallbackElement: <Spin fullscreen />,
    children: [{
      element: <ConsoleLayout />,
      children: [
        { index: true, lazy: () => import('./modules/home/HomePage.tsx').then((m) => ({ Component: m.HomePage })) },
        { path: 'regions/:code?', lazy: () => import('./modules/regions/RegionsPage.tsx').then((m) => ({ Component: m.RegionsPage })) },
        {
          element: <RequirePermission permission="users.read" />,
          children: [{ path: 'users', lazy: () => import('./modules/users/UsersPage.tsx').then((m) => ({ Component: m.UsersPage })) }],
        },
        {
          element: <RequirePermission permission="audit.read" />,
          children: [{ path: 'audit', lazy: () => import('./modules/audit/AuditPage.tsx').then((m) => ({ Component: m.AuditPage })) }],
        },
        { path: '*', element: <NotFound /> },
      ],
    }],
  },
]);
