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
        { index: true, lazy: () => import('./modules/overview/LandingPage.tsx').then((m) => ({ Component: m.LandingPage })) },
        {
          element: <RequirePermission permission="dashboard.read" />,
          children: [{ path: 'map', lazy: () => import('./modules/map/MapPage.tsx').then((m) => ({ Component: m.MapPage })) }],
        },
        { path: 'regions/:code?', lazy: () => import('./modules/regions/RegionsPage.tsx').then((m) => ({ Component: m.RegionsPage })) },
        {
          element: <RequirePermission permission="users.read" />,
          children: [{ path: 'users', lazy: () => import('./modules/users/UsersPage.tsx').then((m) => ({ Component: m.UsersPage })) }],
        },
        {
          element: <RequirePermission permission="field.read" />,
          children: [
            { path: 'households', lazy: () => import('./modules/households/HouseholdsPage.tsx').then((m) => ({ Component: m.HouseholdsPage })) },
            { path: 'persons', lazy: () => import('./modules/persons/PersonsPage.tsx').then((m) => ({ Component: m.PersonsPage })) },
            { path: 'persons/:id', lazy: () => import('./modules/persons/PersonDetailPage.tsx').then((m) => ({ Component: m.PersonDetailPage })) },
            { path: 'movements', lazy: () => import('./modules/movements/MovementsPage.tsx').then((m) => ({ Component: m.MovementsPage })) },
            { path: 'events', lazy: () => import('./modules/events/EventsPage.tsx').then((m) => ({ Component: m.EventsPage })) },
          ],
        },
        {
          element: <RequirePermission permission="workers.read" />,
          children: [{ path: 'workers', lazy: () => import('./modules/workers/WorkersPage.tsx').then((m) => ({ Component: m.WorkersPage })) }],
        },
        {
          element: <RequirePermission permission="events.manage" />,
          children: [{ path: 'events/stats', lazy: () => import('./modules/events/EventStatsPage.tsx').then((m) => ({ Component: m.EventStatsPage })) }],
        },
        {
          element: <RequirePermission permission="departments.read" />,
          children: [{ path: 'departments', lazy: () => import('./modules/departments/DepartmentsPage.tsx').then((m) => ({ Component: m.DepartmentsPage })) }],
        },
        {
          element: <RequirePermission permission="warnings.read" />,
          children: [
            { path: 'vital-signs', lazy: () => import('./modules/vital-signs/VitalSignsPage.tsx').then((m) => ({ Component: m.VitalSignsPage })) },
            { path: 'vital-signs/rules', lazy: () => import('./modules/vital-signs/RulesPage.tsx').then((m) => ({ Component: m.RulesPage })) },
            { path: 'warnings', lazy: () => import('./modules/warnings/WarningsPage.tsx').then((m) => ({ Component: m.WarningsPage })) },
          ],
        },
        {
          element: <RequirePermission permission="checkpoints.read" />,
          children: [
            { path: 'checkpoints', lazy: () => import('./modules/checkpoints/CheckpointsPage.tsx').then((m) => ({ Component: m.CheckpointsPage })) },
            { path: 'checkpoints/poster', lazy: () => import('./modules/checkpoints/PosterPages.tsx').then((m) => ({ Component: m.CommunityPosterPage })) },
            { path: 'checkpoints/:id/poster', lazy: () => import('./modules/checkpoints/PosterPages.tsx').then((m) => ({ Component: m.CheckpointPosterPage })) },
          ],
        },
        {
          element: <RequirePermission permission="cases.read" />,
          children: [{ path: 'cases', lazy: () => import('./modules/cases/CasesPage.tsx').then((m) => ({ Component: m.CasesPage })) }],
        },
        {
          element: <RequirePermission permission="instructions.track" />,
          children: [
            { path: 'instructions', lazy: () => import('./modules/instructions/InstructionsPage.tsx').then((m) => ({ Component: m.InstructionsPage })) },
            { path: 'instructions/:id', lazy: () => import('./modules/instructions/InstructionDetailPage.tsx').then((m) => ({ Component: m.InstructionDetailPage })) },
          ],
        },
        {
          element: <RequirePermission permission="dashboard.export" />,
          children: [{ path: 'briefing', lazy: () => import('./modules/briefing/BriefingPage.tsx').then((m) => ({ Component: m.BriefingPage })) }],
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
