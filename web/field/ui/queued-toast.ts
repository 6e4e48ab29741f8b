import { Toast } from 'antd-mobile';
import type { TFunction } from 'i18next';

/** Saving never waits for the network: the worker is told where the record is (a small note above the thumb, not a blocking box). */
export function showQueued(t: TFunction): void {
  Toast.show({ content: navigator.onLine ? t('form.savedOnline') : t('form.savedOffline'), position: 'bottom', duration: 1600 });
}
