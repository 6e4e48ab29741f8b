import { Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { LocalState } from '../modules/households/local.ts';

/** Marks a record that lives on the phone: waiting to be sent, refused, or just sent. */
export function LocalTag({ state }: { state: LocalState }) {
  const { t } = useTranslation();
  const color = state === 'rejected' ? 'danger' : state === 'pending' ? 'warning' : 'success';
  return <Tag color={color} fill="outline" data-testid={`local-${state}`}>{t(`local.${state}`)}</Tag>;
}
