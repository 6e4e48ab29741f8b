import { Switch, TextArea } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../common/field/rules.ts';
import { EVENT_CATEGORY } from '../../../common/field/vocabulary.ts';
import { LocationField } from '../modules/location/LocationField.tsx';
import { DateTimeField } from '../ui/DateField.tsx';
import { SingleSelector } from '../ui/SingleSelector.tsx';
import { useOptions } from '../ui/term.ts';
import { Field } from './Field.tsx';
import { useFieldValue } from './form-state.tsx';
import { PhotoField } from './PhotoField.tsx';

export function EventFields({ grids }: { grids: string[] }) {
  const { t } = useTranslation();
  const categories = useOptions(EVENT_CATEGORY);
  const onSpot = useFieldValue<boolean>('handledOnSpot') === true;
  return (
    <>
      <Field name="category" label={t('event.category')} required>
        <SingleSelector options={categories} columns={2} testId="input-category" />
      </Field>
      <Field name="handledOnSpot" label={t('event.onSpot')} inline help={onSpot ? t('event.onSpotOn') : t('event.onSpotHelp')}>
        <OnSpotSwitch />
      </Field>
      <Field name="description" label={onSpot ? t('event.descriptionOnSpot') : t('event.description')} required>
        <TextArea placeholder={onSpot ? t('event.onSpotPlaceholder') : t('event.descriptionPlaceholder')} autoSize={{ minRows: 3, maxRows: 6 }} maxLength={TEXT_LIMITS.description} showCount data-testid="input-description" />
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

/** The form hands `value`/`onChange`; antd-mobile's Switch speaks `checked`. */
function OnSpotSwitch({ value, onChange }: { value?: boolean; onChange?: (value: boolean) => void }) {
  return <Switch checked={value === true} onChange={(checked) => onChange?.(checked)} data-testid="input-handledOnSpot" />;
}
