import { TextArea } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../common/field/rules.ts';
import { EVENT_CATEGORY } from '../../../common/field/vocabulary.ts';
import { LocationField } from '../modules/location/LocationField.tsx';
import { DateTimeField } from '../ui/DateField.tsx';
import { SingleSelector } from '../ui/SingleSelector.tsx';
import { useOptions } from '../ui/term.ts';
import { Field } from './Field.tsx';
import { PhotoField } from './PhotoField.tsx';

export function EventFields({ grids }: { grids: string[] }) {
  const { t } = useTranslation();
  const categories = useOptions(EVENT_CATEGORY);
  return (
    <>
      <Field name="category" label={t('event.category')} required>
        <SingleSelector options={categories} columns={2} testId="input-category" />
      </Field>
      <Field name="description" label={t('event.description')} required>
        <TextArea placeholder={t('event.descriptionPlaceholder')} autoSize={{ minRows: 3, maxRows: 6 }} maxLength={TEXT_LIMITS.description} showCount data-testid="input-description" />
      </Field>
      <Field name="photos" label={t('event.photos')}>
        <PhotoField />
      </Field>
      <Field name="location" label={t('event.location')} required>
        <LocationField grids={grids} testId="event-location" />
      </Field>
      <Field name="occurredAt" label={t('event.occurredAt')}>
        <DateTimeField testId="input-occurredAt" />
      </Field>
    </>
  );
}
