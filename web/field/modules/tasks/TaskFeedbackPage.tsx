import { ErrorBlock, Skeleton } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { newId } from '../../../lib/new-id.ts';
import { feedbackDefaults, feedbackPayload, validateFeedback } from '../../forms/instruction-feedback.ts';
import { InstructionFeedbackFields } from '../../forms/InstructionFeedbackFields.tsx';
import { enqueue } from '../../offline/outbox.ts';
import { PageShell } from '../../ui/PageShell.tsx';
import { showQueued } from '../../ui/queued-toast.ts';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useReturn } from '../../ui/use-return.ts';
import { useCurrentUser } from '../auth/session.ts';
import type { TaskRow } from './local.ts';
import { useTaskView } from './task-view.ts';

/** 任务反馈: the text and the counts the sender asked for, queued like every record (it works offline). */
export function TaskFeedbackPage() {
  const { t } = useTranslation();
  const id = decodeURIComponent(useParams().id!);
  const view = useTaskView(id);
  const back = `/tasks/${encodeURIComponent(id)}`;
  if (view.loading) return <PageShell title={t('tasks.form.title')} back={back}><Skeleton.Paragraph lineCount={6} animated /></PageShell>;
  const { row } = view;
  if (!row || row.withdrawn || !row.item.feedbackRequired) {
    return (
      <PageShell title={t('tasks.form.title')} back={back} testId="task-feedback-form">
        <ErrorBlock status="empty" title={row?.withdrawn || view.withdrawnTitle ? t('tasks.withdrawnTitle') : t('tasks.notFound')} description={row?.withdrawn ? t('tasks.withdrawn') : ''} />
      </PageShell>
    );
  }
  // Keyed by the task: the form is built once from its fields.
  return <FeedbackForm key={row.item.id} row={row} back={back} />;
}

function FeedbackForm({ row, back }: { row: TaskRow; back: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const done = useReturn(back);
  const task = row.item;
  return (
    <RecordForm
      title={t('tasks.form.title')}
      back={back}
      testId="task-feedback-form"
      draftKey={`${me.id}:task-feedback:${task.id}`}
      defaults={feedbackDefaults(task.feedbackFields)}
      validate={validateFeedback(task)}
      submitText={t('tasks.form.submit')}
      submitTestId="feedback-submit"
      intro={<div className="form-context" data-testid="feedback-task"><div className="form-context-address">{task.title}</div><div className="muted">{task.sender.name}</div></div>}
      submit={async (values) => {
        const id = newId();
        await enqueue('instructionFeedback', id, feedbackPayload(task, id, values), { userId: me.id });
        showQueued(t);
        done();
      }}
    >
      <InstructionFeedbackFields fields={task.feedbackFields} />
    </RecordForm>
  );
}
