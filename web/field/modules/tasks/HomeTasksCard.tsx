import { Card, Skeleton } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Icon } from '../../ui/icons.tsx';
import { useNow } from '../warnings/queries.ts';
import { DueText, UrgentTag } from './parts.tsx';
import { useTaskBoard } from './queries.ts';

/** How many tasks shown on the card: the most pressing ones, the list has the rest. */
const SHOWN = 3;

/** 首页's tasks card: how many are open, unread and overdue (red), and the first few, overdue first. */
export function HomeTasksCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const board = useTaskBoard();
  const now = useNow();
  const { counts } = board;
  const first = board.ordered.filter((r) => !r.withdrawn && r.status !== 'done').slice(0, SHOWN);
  const figure = (key: 'open' | 'unread' | 'overdue') => (
    <span className={`sync-figure${key === 'overdue' && counts?.overdue ? ' danger' : ''}`} data-testid={`home-tasks-${key}`}>
      <b>{counts?.[key] ?? '–'}</b> {t(`tasks.count.${key}`)}
    </span>
  );
  return (
    <Card
      className={`home-card tasks-card${counts?.overdue ? ' has-overdue' : ''}`}
      title={<span className="card-title-icon"><Icon name="tasks" size={18} /> {t('tasks.title')}</span>}
      extra={<span className="card-more">{t('tasks.viewAll')} ›</span>}
      onClick={() => void navigate('/tasks')}
      data-testid="home-tasks"
    >
      {counts ? (
        <>
          <div className="sync-row">
            {figure('open')}
            {figure('unread')}
            {figure('overdue')}
          </div>
          {first.length === 0 ? (
            <div className="sync-note">{t('tasks.none')}</div>
          ) : (
            <div className="home-task-lines">
              {first.map((row) => (
                <button
                  key={row.item.id}
                  type="button"
                  className={`home-task-line${row.overdue ? ' overdue' : ''}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    void navigate(`/tasks/${encodeURIComponent(row.item.id)}`);
                  }}
                  data-testid="home-task"
                  data-id={row.item.id}
                >
                  <span className="home-task-title">
                    {row.item.priority === 'urgent' && <UrgentTag />}
                    <span className={row.status === 'unread' ? 'unread' : ''}>{row.item.title}</span>
                  </span>
                  <span className="home-task-due"><DueText row={row} now={now} /></span>
                </button>
              ))}
            </div>
          )}
        </>
      ) : board.inbox.isError ? (
        <div className="sync-note">{t('tasks.offlineNoList')}</div>
      ) : (
        <Skeleton.Paragraph lineCount={1} animated />
      )}
    </Card>
  );
}
