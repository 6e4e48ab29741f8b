import { Button, Card, ErrorBlock, NoticeBar, Skeleton, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { Fact } from '../../ui/Fact.tsx';
import { PageShell } from '../../ui/PageShell.tsx';
import { useNow } from '../warnings/queries.ts';
import type { TaskFeedback, TaskRow } from './local.ts';
import { DueText, TaskStatusTag, UrgentTag } from './parts.tsx';
import { useReadOnOpen, useTaskView } from './task-view.ts';

/** One task: what is asked, by whom and by when, and the answers given; opening it reads it. */
export function TaskDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = decodeURIComponent(useParams().id!);
  const view = useTaskView(id);
  useReadOnOpen(view.row);

  if (view.loading) return <PageShell title={t('tasks.detail')} back="/tasks"><Skeleton.Paragraph lineCount={8} animated /></PageShell>;
  const { row } = view;
  if (!row) {
    return (
      <PageShell title={t('tasks.detail')} back="/tasks" testId="task-detail">
        {view.withdrawnTitle ? (
          <ErrorBlock status="empty" title={t('tasks.withdrawnTitle')} description={view.withdrawnTitle} data-testid="task-withdrawn" />
        ) : (
          <ErrorBlock status={view.error ? 'disconnected' : 'empty'} title={t('tasks.notFound')} description={view.error ? errorText(t, view.error) : t('tasks.notFoundHint')} />
        )}
      </PageShell>
    );
  }
  const answerable = row.item.feedbackRequired && !row.withdrawn;
  return (
    <PageShell
      title={t('tasks.detail')}
      back="/tasks"
      testId="task-detail"
      footer={answerable && (
        <Button block color="primary" size="large" fill={row.status === 'done' ? 'outline' : 'solid'} onClick={() => void navigate(`/tasks/${encodeURIComponent(id)}/feedback`)} data-testid="task-answer">
          {row.status === 'done' ? t('tasks.answerAgain') : t('tasks.answer')}
        </Button>
      )}
    >
      {row.withdrawn && <NoticeBar className="warning-notice" color="alert" wrap content={t('tasks.withdrawn')} data-testid="task-withdrawn" />}
      <TaskFacts row={row} />
      <Card className="detail-card" title={t('tasks.body')}>
        <div className="task-body" data-testid="task-body">{row.item.body}</div>
        {row.item.attachments.length > 0 && (
          <div className="task-attachments" data-testid="task-attachments">
            <div className="muted">{t('tasks.attachments')}</div>
            {row.item.attachments.map((a) => (
              <a key={a.id} href={a.url} target="_blank" rel="noreferrer">{a.name}</a>
            ))}
          </div>
        )}
      </Card>
      <FeedbackCard row={row} />
    </PageShell>
  );
}

function TaskFacts({ row }: { row: TaskRow }) {
  const { t } = useTranslation();
  const now = useNow();
  const { item } = row;
  return (
    <Card className={`detail-card task-card${row.overdue ? ' overdue' : ''}`} data-testid="task-facts">
      <div className="detail-title" data-testid="task-title">{item.title}</div>
      <div className="task-tags">
        {item.priority === 'urgent' && <UrgentTag />}
        <TaskStatusTag row={row} />
      </div>
      <Fact label={t('tasks.facts.due')} testId="task-due">
        {formatDateTime(item.dueAt)}
        {!row.withdrawn && <><br /><DueText row={row} now={now} /></>}
      </Fact>
      <Fact label={t('tasks.facts.sender')} testId="task-sender">{item.sender.region.name}<span className="muted"> · {item.sender.name}</span></Fact>
      <Fact label={t('tasks.facts.sent')}>{formatDateTime(item.sentAt)}</Fact>
      <Fact label={t('tasks.facts.unit')}>{item.unit.name}</Fact>
    </Card>
  );
}

function FeedbackCard({ row }: { row: TaskRow }) {
  const { t } = useTranslation();
  const { item, feedback } = row;
  if (row.withdrawn && feedback.length === 0) return null;
  if (!item.feedbackRequired && feedback.length === 0) {
    return <div className="list-meta">{t('tasks.noFeedbackNeeded')}</div>;
  }
  return (
    <Card className="detail-card" title={t('tasks.feedbackTitle', { count: feedback.length })} data-testid="task-feedback">
      {feedback.length === 0 ? (
        <div className="muted">{t('tasks.noFeedback')}</div>
      ) : (
        feedback.map((f) => <FeedbackEntry key={f.view.id} entry={f} row={row} />)
      )}
    </Card>
  );
}

function FeedbackEntry({ entry, row }: { entry: TaskFeedback; row: TaskRow }) {
  const { t } = useTranslation();
  const { view, state } = entry;
  const counted = row.item.feedbackFields.filter((f) => view.values[f.key] !== undefined);
  return (
    <div className={`feedback-entry state-${state}`} data-testid="feedback-entry" data-state={state}>
      {counted.length > 0 && (
        <div className="feedback-counts">
          {counted.map((f) => <span key={f.key} className="feedback-count">{f.label}<b>{view.values[f.key]}</b>{f.unit ?? ''}</span>)}
        </div>
      )}
      {view.text && <div className="feedback-text">{view.text}</div>}
      <div className="feedback-by">
        {t('tasks.feedbackBy', { name: view.byName, time: formatDateTime(view.at) })}
        {state === 'pending' && <Tag color="warning" fill="outline">{t('tasks.feedbackWaiting')}</Tag>}
        {state === 'rejected' && <Tag color="danger" fill="outline">{t('tasks.feedbackRejected')}</Tag>}
      </div>
    </div>
  );
}
