import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentView } from '../../../../common/contracts/dispatch.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { QueryProblem } from '../../ui/QueryProblem.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { RegionFilter } from '../lists/RegionFilter.tsx';
import { DepartmentFormModal } from './DepartmentFormModal.tsx';
import { DepartmentTable } from './DepartmentTable.tsx';
import { useDepartments } from './queries.ts';
import { TimeLimitsEditor } from './TimeLimitsEditor.tsx';

type Dialog = { department: DepartmentView | null } | null;

function DepartmentsTab() {
  const { t } = useTranslation();
  const can = useCan();
  const [region, setRegion] = useState<string | undefined>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const departments = useDepartments(region);
  const manage = can('departments.manage');
  return (
    <>
      <div className="filter-bar departments-bar">
        <RegionFilter value={region} onChange={setRegion} data-testid="departments-region" />
        <span className="text-muted">{t('departments.listHint')}</span>
        {manage && <Button type="primary" className="department-create" icon={<PlusOutlined />} onClick={() => setDialog({ department: null })} data-testid="department-create">{t('departments.create')}</Button>}
      </div>
      {departments.isError
        ? <QueryProblem query={departments} />
        : <DepartmentTable departments={departments.data?.items ?? []} loading={departments.isPending} onEdit={manage ? (d) => setDialog({ department: d }) : undefined} />}
      {dialog && <DepartmentFormModal department={dialog.department} onClose={() => setDialog(null)} />}
    </>
  );
}

/** 部门管理: who handles dispatched events in each region, and how long each step may take (时限设置). */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageTitle title={t('departments.title')} hint={t('departments.hint', { region: me.region.name })} />
      <Card>
        <Tabs
          items={[
            { key: 'departments', label: <span data-testid="departments-tab">{t('departments.tab')}</span>, children: <DepartmentsTab /> },
            { key: 'limits', label: <span data-testid="time-limits-tab">{t('timeLimits.tab')}</span>, children: <TimeLimitsEditor /> },
          ]}
        />
      </Card>
    </>
  );
}
