import { useTranslation } from 'react-i18next';
import { useHouseholdView } from './household-view.ts';

/** Which household (and person) a form is about, above its fields. */
export function useHouseholdHeader(householdId: string, personId?: string) {
  const { t } = useTranslation();
  const view = useHouseholdView(householdId);
  const person = personId ? view.members.find((m) => m.id === personId) : undefined;
  if (!view.head) return null;
  return (
    <div className="form-context" data-testid="form-context">
      <div className="form-context-address">{view.head.address}</div>
      {person && <div className="form-context-person">{t('movement.forPerson', { name: person.name })}</div>}
    </div>
  );
}
