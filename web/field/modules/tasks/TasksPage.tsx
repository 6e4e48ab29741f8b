import { ErrorBlock, List, PullToRefresh, Skeleton } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errors.ts';
import { useOnline } from '../../offline/hooks.ts';
import { PageShell } from '../../ui/PageShell.tsx';
import { useNotificationList } from '../notifications/queries.ts';
import { useNow } from '../warnings/queries.ts';
import { TaskListItem } from './parts.tsx';
import { useTaskBoard } from './queries.ts';

/** 任务: the worker's inbox, overdue first (red), the urgent ones marked; pull down to ask the server again. */
export function TasksPage() {
  const { t } = useTranslation();
  const online = useOnline();
  const now = useNow();
  const board = useTaskBoard();
  const notifications = useNotificationList();
  const { inbox, ordered } = board;
  const refresh = async () => {
    await Promise.all([inbox.refetch(), notifications.refetch()]);
  };

  return (
    <PageShell title={t('tasks.title')} back="/" testId="tasks-page">
      <PullToRefresh onRefresh={refresh}>
        {!online && inbox.data && <div className="list-meta" data-testid="tasks-offline">{t('tasks.offlineCopy')}</div>}
        {inbox.isError && !inbox.data && ordered.length === 0 && (
          <ErrorBlock status="disconnected" title={t('tasks.offlineNoList')} description={errorText(t, inbox.error)} className="inline-error" />
        )}
        {inbox.isPending && ordered.length === 0 ? (
          <Skeleton.Paragraph lineCount={6} animated />
        ) : ordered.length === 0 ? (
          !inbox.isError && <ErrorBlock status="empty" title={t('tasks.empty')} description={t('tasks.emptyHint')} />
        ) : (
          <List className="task-list" data-testid="task-list">
            {ordered.map((row) => <TaskListItem key={row.item.id} row={row} now={now} />)}
          </List>
        )}
      </PullToRefresh>
    </PageShell>
  );
}
