import { Input } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../common/field/rules.ts';
import { DIRECTION, HEALTH_STATUS, ORIGIN_CATEGORY, TRANSPORT, type Direction } from '../../../common/field/vocabulary.ts';
import { DateField } from '../ui/DateField.tsx';
import { SingleSelector } from '../ui/SingleSelector.tsx';
import { useOptions } from '../ui/term.ts';
import { Field } from './Field.tsx';
import { useFieldValue } from './form-state.tsx';

export function MovementFields() {
  const { t } = useTranslation();
  const direction = useFieldValue<Direction>('direction') ?? 'arrival';
  const directions = useOptions(DIRECTION);
  const categories = useOptions(ORIGIN_CATEGORY);
  const transports = useOptions(TRANSPORT);
  const health = useOptions(HEALTH_STATUS);
  const arriving = direction === 'arrival';
  return (
    <>
      <Field name="direction" label={t('movement.direction')} required>
        <SingleSelector options={directions} columns={2} testId="input-direction" />
      </Field>
      <Field name="category" label={arriving ? t('movement.origin') : t('movement.destination')} required>
        <SingleSelector options={categories} columns={2} testId="input-category" />
      </Field>
      <Field name="province" label={t('movement.province')}>
        <Input placeholder={t('movement.provincePlaceholder')} maxLength={TEXT_LIMITS.place} clearable data-testid="input-province" />
      </Field>
      <Field name="city" label={t('movement.city')}>
        <Input placeholder={t('common.optional')} maxLength={TEXT_LIMITS.place} clearable data-testid="input-city" />
      </Field>
      <Field name="leftOn" label={arriving ? t('movement.leftOrigin') : t('movement.leftCity')} required={!arriving}>
        <DateField testId="input-leftOn" />
      </Field>
      <Field name="arrivedOn" label={arriving ? t('movement.arrivedCity') : t('movement.arrivedDestination')} required={arriving} help={arriving ? t('movement.observationHelp') : undefined}>
        <DateField testId="input-arrivedOn" />
      </Field>
      <Field name="transport" label={t('movement.transport')}>
        <SingleSelector options={transports} columns={3} clearable testId="input-transport" />
      </Field>
      <Field name="healthStatus" label={t('movement.healthStatus')} required>
        <SingleSelector options={health} columns={2} testId="input-healthStatus" />
      </Field>
      <Field name="note" label={t('common.note')}>
        <Input placeholder={t('common.optional')} maxLength={TEXT_LIMITS.note} clearable data-testid="input-note" />
      </Field>
    </>
  );
}
