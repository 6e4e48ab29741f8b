import { Dialog } from 'antd-mobile';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isWithdrawn } from '../../offline/outbox-types.ts';
import { syncEngine } from '../../offline/sync-engine.ts';

/**
 * A queued answer that met INSTRUCTION_WITHDRAWN: the sender withdrew the task meanwhile. The
 * worker is told at once that the answer was not used (the task's page keeps saying so); a read
 * that met it needs no word, the task simply shows withdrawn.
 */
export function useTaskNotices(): void {
  const { t } = useTranslation();
  useEffect(() => syncEngine.onCompleted((item, result) => {
    if (item.kind !== 'instructionFeedback' || !isWithdrawn(result)) return;
    void Dialog.alert({
      title: t('tasks.withdrawnTitle'),
      content: t('tasks.withdrawnFeedback', { title: item.payload.task.title }),
      confirmText: t('common.confirm'),
    });
  }), [t]);
}
