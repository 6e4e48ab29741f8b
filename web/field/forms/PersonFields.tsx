import { Input } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../common/field/rules.ts';
import { RELATION, SEX } from '../../../common/field/vocabulary.ts';
import { DateField } from '../ui/DateField.tsx';
import { SingleSelector } from '../ui/SingleSelector.tsx';
import { useOptions } from '../ui/term.ts';
import { Field } from './Field.tsx';

export function PersonFields() {
  const { t } = useTranslation();
  const sexes = useOptions(SEX);
  const relations = useOptions(RELATION);
  return (
    <>
      <Field name="name" label={t('person.name')} required>
        <Input placeholder={t('person.namePlaceholder')} maxLength={TEXT_LIMITS.name} clearable data-testid="input-name" />
      </Field>
      <Field name="idNumber" label={t('person.idNumber')} help={t('person.idNumberHelp')}>
        <Input placeholder={t('person.idNumberPlaceholder')} maxLength={18} clearable autoComplete="off" data-testid="input-idNumber" />
      </Field>
      <Field name="phone" label={t('person.phone')}>
        <Input type="tel" inputMode="tel" placeholder={t('common.optional')} maxLength={20} clearable data-testid="input-phone" />
      </Field>
      <Field name="sex" label={t('person.sex')}>
        <SingleSelector options={sexes} columns={2} clearable testId="input-sex" />
      </Field>
      <Field name="birthDate" label={t('person.birthDate')}>
        <DateField placeholder={t('person.birthDatePlaceholder')} testId="input-birthDate" />
      </Field>
      <Field name="relation" label={t('person.relation')}>
        <SingleSelector options={relations} columns={3} clearable testId="input-relation" />
      </Field>
    </>
  );
}
