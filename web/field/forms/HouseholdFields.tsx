import { Input, TextArea } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../common/field/rules.ts';
import { LocationField } from '../modules/location/LocationField.tsx';
import { SingleSelector } from '../ui/SingleSelector.tsx';
import { Field } from './Field.tsx';

export function HouseholdFields({ grids }: { grids: { code: string; name: string }[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Field name="address" label={t('household.address')} required>
        <TextArea placeholder={t('household.addressPlaceholder')} autoSize={{ minRows: 2, maxRows: 4 }} maxLength={TEXT_LIMITS.address} data-testid="input-address" />
      </Field>
      {grids.length > 1 && (
        <Field name="gridCode" label={t('household.grid')} required>
          <SingleSelector options={grids.map((g) => ({ label: g.name, value: g.code }))} columns={1} testId="input-grid" />
        </Field>
      )}
      <Field name="location" label={t('household.location')} help={t('household.locationHelp')}>
        <LocationField grids={grids.map((g) => g.code)} testId="household-location" />
      </Field>
      <Field name="note" label={t('common.note')}>
        <Input placeholder={t('common.optional')} maxLength={TEXT_LIMITS.note} clearable data-testid="input-note" />
      </Field>
    </>
  );
}
