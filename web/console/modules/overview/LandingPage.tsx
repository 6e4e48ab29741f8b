import { Flex, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useCan } from '../auth/session.ts';

const OverviewPage = lazy(() => import('./OverviewPage.tsx').then((m) => ({ default: m.OverviewPage })));
const HomePage = lazy(() => import('../home/HomePage.tsx').then((m) => ({ default: m.HomePage })));

/**
 * The console's first page: the command centre for those who may read the dashboard; the
 * jurisdiction home for the others (grid workers). Each loads only its own chunk.
 */
export function LandingPage() {
  const can = useCan();
  return (
    <Suspense fallback={<Flex justify="center" style={{ padding: '80px 0' }}><Spin /></Flex>}>
      {can('dashboard.read') ? <OverviewPage /> : <HomePage />}
    </Suspense>
  );
}
