import { TextArea } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../common/field/rules.ts';
import { Field } from './Field.tsx';
import { PhotoField } from './PhotoField.tsx';

export function EventHandleFields() {
  const { t } = useTranslation();
  return (
    <>
      <Field name="note" label={t('eventTask.form.note')} required>
        <TextArea placeholder={t('eventTask.form.notePlaceholder')} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={TEXT_LIMITS.note} showCount data-testid="handle-note" />
      </Field>
      <Field name="photos" label={t('eventTask.form.photos')}>
        <PhotoField />
      </Field>
    </>
  );
}
