import { ErrorBlock, List, PullToRefresh, Skeleton } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errors.ts';
import { useOnline } from '../../offline/hooks.ts';
import { PageShell } from '../../ui/PageShell.tsx';
import { useNotificationList } from '../notifications/queries.ts';
import { useNow } from '../warnings/queries.ts';
import { BoardListItem } from './board-parts.tsx';
import { useTaskList } from './queries.ts';

/**
 * 任务: everything the worker is asked to do in one list — instructions, events dispatched to
 * them, warnings to verify — emergencies first (应急), then overdue (red), then by deadline;
 * pull down to ask the server again.
 */
export function TasksPage() {
  const { t } = useTranslation();
  const online = useOnline();
  const now = useNow();
  const list = useTaskList();
  const notifications = useNotificationList();
  const { tasks } = list;
  const refresh = async () => {
    await Promise.all([list.refetch(), notifications.refetch()]);
  };

  return (
    <PageShell title={t('tasks.title')} back="/" testId="tasks-page">
      <PullToRefresh onRefresh={refresh}>
        {!online && list.counts && <div className="list-meta" data-testid="tasks-offline">{t('tasks.offlineCopy')}</div>}
        {list.failed ? (
          <ErrorBlock status="disconnected" title={t('tasks.offlineNoList')} description={errorText(t, list.failed)} className="inline-error" />
        ) : list.pending ? (
          <Skeleton.Paragraph lineCount={6} animated />
        ) : tasks.length === 0 ? (
          <ErrorBlock status="empty" title={t('tasks.empty')} description={t('tasks.emptyHint')} />
        ) : (
          <List className="task-list" data-testid="task-list">
            {tasks.map((task) => <BoardListItem key={`${task.kind}:${task.id}`} task={task} now={now} />)}
          </List>
        )}
      </PullToRefresh>
    </PageShell>
  );
}
