import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { WARNING_LEVEL } from '../../../../common/declarations/vocabulary.ts';
import { useCurrentUser } from '../auth/session.ts';
import { FilterBar } from '../lists/FilterBar.tsx';
import { useIncomingFilters } from '../lists/incoming-filters.ts';
import { useList } from '../lists/use-list.ts';
import { declOptions, WARNING_STATUS_LIST } from '../vital-signs/terms.ts';
import { WarningDrawer } from './WarningDrawer.tsx';
import { WarningStats } from './WarningStats.tsx';
import { WarningTable } from './WarningTable.tsx';
import '../vital-signs/declarations.css';

/** 预警: the warnings of the user's region, overdue first; a row opens it for contact and verification. */
export function WarningsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [openId, setOpenId] = useState<string | null>(null);
  // Warnings arrive all day and turn overdue by the clock: a list left open keeps up.
  const list = useList('GET /api/warnings', { refetchInterval: 60_000 });
  const { filters, setFilters: apply } = list;
  useIncomingFilters(apply);

  return (
    <>
      <PageTitle title={t('warnings.title')} hint={t('warnings.hint', { region: me.region.name })} />
      <WarningStats counts={list.data?.counts} loading={list.pending} selected={filters.status} onSelect={(status) => apply({ ...filters, status })} />
      <Card>
        <FilterBar list={list} testId="warnings" fields={[
          { kind: 'region', testId: 'warnings-region-filter' },
          { kind: 'select', key: 'status', placeholder: t('warnings.status'), options: WARNING_STATUS_LIST.map((s) => ({ value: s, label: t(`warnings.statusName.${s}`) })), width: 130, testId: 'warnings-status-filter' },
          { kind: 'select', key: 'level', placeholder: t('warnings.level'), options: declOptions(t, 'warningLevel', WARNING_LEVEL.codes), width: 130, testId: 'warnings-level-filter' },
          { kind: 'days', testId: 'warnings-date-filter' },
        ]} />
        <WarningTable list={list} onOpen={(w) => setOpenId(w.id)} />
      </Card>
      <WarningDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
