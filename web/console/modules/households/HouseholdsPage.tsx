import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { FilterBar } from '../lists/FilterBar.tsx';
import { useList } from '../lists/use-list.ts';
import { HouseholdDrawer } from './HouseholdDrawer.tsx';
import { HouseholdTable } from './HouseholdTable.tsx';
import { RegisterActions } from './RegisterImport.tsx';

export function HouseholdsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useList('GET /api/households');

  return (
    <>
      <PageTitle title={t('households.title')} hint={t('households.hint', { region: me.region.name })} extra={can('field.import') && <RegisterActions />} />
      <Card>
        <FilterBar list={list} testId="households" fields={[
          { kind: 'region', testId: 'households-region-filter' },
          { kind: 'text', key: 'q', maxLength: 50, placeholder: t('households.searchPlaceholder'), width: 280, testId: 'households-address-filter' },
        ]} />
        <HouseholdTable list={list} onOpen={(h) => setOpenId(h.id)} />
      </Card>
      <HouseholdDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
