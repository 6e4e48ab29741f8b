import { Input, Stepper } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../common/field/rules.ts';
import { VISIT_OUTCOME } from '../../../common/field/vocabulary.ts';
import { LocationField } from '../modules/location/LocationField.tsx';
import { DateTimeField } from '../ui/DateField.tsx';
import { SingleSelector } from '../ui/SingleSelector.tsx';
import { useOptions } from '../ui/term.ts';
import { Field } from './Field.tsx';

export function VisitFields({ grids }: { grids: string[] }) {
  const { t } = useTranslation();
  const outcomes = useOptions(VISIT_OUTCOME);
  return (
    <>
      <Field name="outcome" label={t('visit.outcome')} required>
        <SingleSelector options={outcomes} columns={2} testId="input-outcome" />
      </Field>
      <Field name="metCount" label={t('visit.metCount')} inline>
        <Stepper min={0} max={99} digits={0} data-testid="input-metCount" />
      </Field>
      <Field name="visitedAt" label={t('visit.visitedAt')}>
        <DateTimeField testId="input-visitedAt" />
      </Field>
      <Field name="note" label={t('visit.note')}>
        <Input placeholder={t('visit.notePlaceholder')} maxLength={TEXT_LIMITS.note} clearable data-testid="input-note" />
      </Field>
      <Field name="location" label={t('visit.location')}>
        <LocationField grids={grids} testId="visit-location" />
      </Field>
    </>
  );
}
