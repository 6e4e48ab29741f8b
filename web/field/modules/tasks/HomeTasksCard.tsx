import { Card, Skeleton } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Icon } from '../../ui/icons.tsx';
import { useNow } from '../warnings/queries.ts';
import { isOpenTask } from './board.ts';
import { HomeTaskLine } from './board-parts.tsx';
import { useTaskList } from './queries.ts';

/** How many tasks shown on the card: the most pressing ones, the list has the rest. */
const SHOWN = 3;

/** 首页's tasks card: instructions, events and warnings still to do, unread and overdue (red), and the first few, emergencies and overdue first. */
export function HomeTasksCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useTaskList();
  const now = useNow();
  const { counts } = list;
  const first = list.tasks.filter(isOpenTask).slice(0, SHOWN);
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
              {first.map((task) => <HomeTaskLine key={`${task.kind}:${task.id}`} task={task} now={now} />)}
            </div>
          )}
        </>
      ) : list.failed ? (
        <div className="sync-note">{t('tasks.offlineNoList')}</div>
      ) : (
        <Skeleton.Paragraph lineCount={1} animated />
      )}
    </Card>
  );
}
