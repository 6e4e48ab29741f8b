import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUS, type CaseStatus } from '../../../../common/cases/vocabulary.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { termOptions } from '../field/labels.ts';
import { FilterBar } from '../lists/FilterBar.tsx';
import { useIncomingFilters } from '../lists/incoming-filters.ts';
import { useList } from '../lists/use-list.ts';
import { AddCaseDrawer } from './AddCaseDrawer.tsx';
import { CaseDrawer } from './CaseDrawer.tsx';
import { CaseExportButton } from './CaseExportButton.tsx';
import { CaseImportActions } from './CaseImport.tsx';
import { CaseStats } from './CaseStats.tsx';
import { CaseTable } from './CaseTable.tsx';
import './cases.css';

/** What another page (the overview's figures) passes when it opens this list. */
interface Incoming {
  status?: CaseStatus;
  region?: string;
}

/** 病例登记: the cases of the user's region by status; health staff enter cases, change their status and import registers. */
export function CasesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const [openId, setOpenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const list = useList('GET /api/cases');
  const { filters, setFilters: apply } = list;

  // Arriving with a figure's filter: only its region and status are taken.
  useIncomingFilters((incoming: Incoming) => apply({ ...(incoming.region ? { region: incoming.region } : {}), ...(incoming.status ? { status: incoming.status } : {}) }));

  const actions = (
    <Space wrap>
      <CaseExportButton filters={filters} />
      {can('cases.manage') && <CaseImportActions />}
      {can('cases.manage') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="case-add">{t('cases.add')}</Button>}
    </Space>
  );
  return (
    <>
      <PageTitle title={t('cases.title')} hint={t('cases.hint', { region: me.region.name })} extra={actions} />
      <CaseStats counts={list.data?.counts} loading={list.pending} selected={filters.status} onSelect={(status) => apply({ ...filters, status })} />
      <Card>
        <FilterBar list={list} testId="cases" fields={[
          { kind: 'region', testId: 'cases-region-filter' },
          { kind: 'select', key: 'status', placeholder: t('cases.status'), options: termOptions(t, 'caseStatus', CASE_STATUS.codes), width: 120, testId: 'cases-status-filter' },
          { kind: 'days', hint: t('cases.dateFilterHint'), testId: 'cases-date-filter' },
        ]} />
        <CaseTable list={list} onOpen={(c) => setOpenId(c.id)} />
      </Card>
      <CaseDrawer id={openId} onClose={() => setOpenId(null)} />
      {adding && (
        <AddCaseDrawer
          onClose={() => setAdding(false)}
          onCreated={(id) => {
            setAdding(false);
            setOpenId(id);
          }}
        />
      )}
    </>
  );
}
