import { Dialog } from 'antd-mobile';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_STATUS_LABELS } from '../../../../common/events/workflow.ts';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { isEventMoved, isWithdrawn } from '../../offline/outbox-types.ts';
import { syncEngine } from '../../offline/sync-engine.ts';
import { handledByMe } from './event-tasks.ts';

/**
 * A queued answer that met INSTRUCTION_WITHDRAWN: the sender withdrew the task meanwhile. The
 * worker is told at once that the answer was not used (the task's page keeps saying so); a read
 * that met it needs no word, the task simply shows withdrawn.
 *
 * A queued handling that met the event moved on (voided, handled by someone else, dispatched
 * elsewhere, suspended): the worker is told where the event stands and that the handling was not
 * used — unless the handling that got there was their own, its answer lost.
 */
export function useTaskNotices(myName: string | undefined): void {
  const { t, i18n } = useTranslation();
  useEffect(() => syncEngine.onCompleted((item, result) => {
    if (item.kind === 'instructionFeedback' && isWithdrawn(result)) {
      void Dialog.alert({
        title: t('tasks.withdrawnTitle'),
        content: t('tasks.withdrawnFeedback', { title: item.payload.task.title }),
        confirmText: t('common.confirm'),
      });
    }
    if (item.kind === 'eventHandle' && isEventMoved(result) && myName !== undefined && !handledByMe(result, item.payload, myName)) {
      const lang = currentLanguage(i18n) === 'en' ? 'en' : 'zh';
      const now = result.detail?.event;
      const status = now ? (now.suspended && now.status === 'dispatched' ? t('eventTask.suspended') : EVENT_STATUS_LABELS[now.status][lang]) : t('eventTask.statusUnknown');
      void Dialog.alert({
        title: t('eventTask.movedTitle'),
        content: t('eventTask.movedFeedback', { what: EVENT_CATEGORY.labels[item.payload.event.category][lang], status }),
        confirmText: t('common.confirm'),
      });
    }
  }), [t, i18n, myName]);
}
