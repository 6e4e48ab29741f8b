import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { useTerm } from '../../ui/term.ts';
import { DeadlineText, WarningListItem } from '../warnings/parts.tsx';
import type { BoardTask } from './board.ts';
import { EmergencyTag, EventDueText, EventTaskListItem, eventTaskPath } from './event-parts.tsx';
import { isEmergency } from './event-tasks.ts';
import { DueText, TaskListItem, UrgentTag } from './parts.tsx';

/** Which kind of task a row is (指令, 事件, 预警), in a column of its own so the titles line up. */
export function KindMark({ kind }: { kind: BoardTask['kind'] }) {
  const { t } = useTranslation();
  return <span className={`kind-mark kind-${kind}`} data-testid="task-kind">{t(`tasks.kind.${kind}`)}</span>;
}

export function BoardListItem({ task, now }: { task: BoardTask; now: number }) {
  const mark = <KindMark kind={task.kind} />;
  switch (task.kind) {
    case 'instruction': return <TaskListItem row={task.row} now={now} prefix={mark} />;
    case 'event': return <EventTaskListItem row={task.row} now={now} prefix={mark} />;
    case 'warning': return <WarningListItem row={task.row} now={now} prefix={mark} />;
  }
}

export function boardTaskPath(task: BoardTask): string {
  switch (task.kind) {
    case 'instruction': return `/tasks/${encodeURIComponent(task.id)}`;
    case 'event': return eventTaskPath(task.id);
    case 'warning': return `/warnings/${encodeURIComponent(task.id)}`;
  }
}

/** One line of the home card: the kind, what it is, and its deadline. */
export function HomeTaskLine({ task, now }: { task: BoardTask; now: number }) {
  const { t } = useTranslation();
  const term = useTerm();
  const navigate = useNavigate();
  const emergency = task.kind === 'event' && isEmergency(task.row);
  const overdue = task.kind === 'warning' ? task.row.status === 'overdue' : task.row.overdue;
  const title = task.kind === 'instruction' ? task.row.item.title
    : task.kind === 'event' ? `${term(EVENT_CATEGORY.labels[task.row.event.category])} · ${task.row.event.description}`
      : t('tasks.verifyWarning', { name: task.row.view.name });
  return (
    <button
      type="button"
      className={`home-task-line${overdue ? ' overdue' : ''}${emergency ? ' emergency' : ''}`}
      onClick={(e) => {
        e.stopPropagation();
        void navigate(boardTaskPath(task));
      }}
      data-testid="home-task"
      data-kind={task.kind}
      data-id={task.id}
    >
      <span className="home-task-title">
        <KindMark kind={task.kind} />
        {emergency && <EmergencyTag />}
        {task.kind === 'instruction' && task.row.item.priority === 'urgent' && <UrgentTag />}
        <span className={task.kind === 'instruction' && task.row.status !== 'unread' ? '' : 'unread'}>{title}</span>
      </span>
      <span className="home-task-due">
        {task.kind === 'instruction' ? <DueText row={task.row} now={now} />
          : task.kind === 'event' ? <EventDueText row={task.row} now={now} />
            : <DeadlineText row={task.row} now={now} />}
      </span>
    </button>
  );
}
