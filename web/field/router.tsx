import { SpinLoading } from 'antd-mobile';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from './modules/auth/LoginPage.tsx';
import { RequireAuth } from './modules/auth/RequireAuth.tsx';
import { DutyPage } from './modules/duty/DutyPage.tsx';
import { ReportPage } from './modules/events/ReportPage.tsx';
import { HomePage } from './modules/home/HomePage.tsx';
import { HouseholdDetailPage } from './modules/households/HouseholdDetailPage.tsx';
import { NewHouseholdPage } from './modules/households/HouseholdFormPage.tsx';
import { HouseholdsPage } from './modules/households/HouseholdsPage.tsx';
import { NewMovementPage } from './modules/households/MovementFormPage.tsx';
import { NewPersonPage } from './modules/households/PersonFormPage.tsx';
import { NewVisitPage } from './modules/households/VisitFormPage.tsx';
import { NotFound } from './modules/layout/NotFound.tsx';
import { RouteError } from './modules/layout/RouteError.tsx';
import { TabLayout } from './modules/layout/TabLayout.tsx';
import { MePage } from './modules/me/MePage.tsx';
import { NotificationsPage } from './modules/notifications/NotificationsPage.tsx';
import { EditQueuedPage } from './modules/queue/EditQueuedPage.tsx';
import { QueueItemPage } from './modules/queue/QueueItemPage.tsx';
import { QueuePage } from './modules/queue/QueuePage.tsx';
import { EventAskPage } from './modules/tasks/EventAskPage.tsx';
import { EventHandlePage } from './modules/tasks/EventHandlePage.tsx';
import { EventTaskPage } from './modules/tasks/EventTaskPage.tsx';
import { TaskDetailPage } from './modules/tasks/TaskDetailPage.tsx';
import { TaskFeedbackPage } from './modules/tasks/TaskFeedbackPage.tsx';
import { TasksPage } from './modules/tasks/TasksPage.tsx';
import { WarningDetailPage } from './modules/warnings/WarningDetailPage.tsx';
import { WarningsPage } from './modules/warnings/WarningsPage.tsx';

/**
 * The app lives under /m/ (the server sends its HTML for every path there). The basename keeps
 * its slash, so home is /m/ — inside the service worker's scope — never /m. Every page is in
 * the entry bundle, not lazy: once the app has opened, it works offline whatever the service
 * worker's state (a worker who opens it once at the office and walks out must not meet a
 * page that cannot load). Tab pages keep the tab bar; forms and details are full pages with a
 * back arrow and the submit button at the bottom, where the thumb is.
 */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <div className="page-loading"><SpinLoading /></div>,
    children: [
      {
        element: <TabLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'households', element: <HouseholdsPage /> },
          { path: 'report', element: <ReportPage /> },
          { path: 'duty', element: <DutyPage /> },
          { path: 'me', element: <MePage /> },
        ],
      },
      { path: 'households/new', element: <NewHouseholdPage /> },
      { path: 'households/:id', element: <HouseholdDetailPage /> },
      { path: 'households/:id/members/new', element: <NewPersonPage /> },
      { path: 'households/:id/visits/new', element: <NewVisitPage /> },
      { path: 'households/:id/persons/:personId/movements/new', element: <NewMovementPage /> },
      { path: 'warnings', element: <WarningsPage /> },
      { path: 'warnings/:id', element: <WarningDetailPage /> },
      { path: 'tasks', element: <TasksPage /> },
      { path: 'tasks/events/:id', element: <EventTaskPage /> },
      { path: 'tasks/events/:id/handle', element: <EventHandlePage /> },
      { path: 'tasks/events/:id/request', element: <EventAskPage /> },
      { path: 'tasks/:id', element: <TaskDetailPage /> },
      { path: 'tasks/:id/feedback', element: <TaskFeedbackPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'queue', element: <QueuePage /> },
      { path: 'queue/:id', element: <QueueItemPage /> },
      { path: 'queue/:id/edit', element: <EditQueuedPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
], { basename: '/m/' });
