import { Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../../common/contracts/cases.ts';
import type { CaseStatus } from '../../../../common/cases/vocabulary.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCan } from '../auth/session.ts';
import { term } from '../field/labels.ts';
import { CaseChangeActions } from './CaseChangeActions.tsx';
import { CaseStatusTag } from './CaseStatusTag.tsx';
import { regionPathText } from './region-path.ts';
import { ListTable } from '../lists/ListTable.tsx';
import type { ListState } from '../lists/use-list.ts';

interface Props {
  list: ListState<'GET /api/cases'>;
  onOpen: (item: CaseView) => void;
}

/** The register as the server lists it: names and numbers masked, the place as district › street › community and grid. */
export function CaseTable({ list, onOpen }: Props) {
  const { t } = useTranslation();
  const can = useCan();
  const columns: TableColumnsType<CaseView> = [
    {
      title: t('persons.name'), dataIndex: 'name', width: 120,
      render: (name: string, c) => <><div data-testid="case-name">{name}</div><div className="cell-sub">{term(t, 'sex', c.sex)}</div></>,
    },
    { title: t('cases.status'), dataIndex: 'status', width: 90, render: (s: CaseStatus) => <CaseStatusTag status={s} /> },
    { title: t('cases.statusOn'), dataIndex: 'statusOn', width: 110, render: (d: string) => <span className="mono">{d}</span> },
    { title: t('cases.source'), dataIndex: 'source', width: 160, render: (s: string) => <Typography.Text ellipsis={{ tooltip: s }}>{s}</Typography.Text> },
    {
      title: t('cases.region'), key: 'region', ellipsis: { showTitle: false },
      render: (_, c) => (
        <Tooltip title={`${regionPathText(c)} › ${c.grid.name} ${c.grid.code}`}>
          <div className="case-path">{regionPathText(c)}</div>
          <div>{c.grid.name}</div>
        </Tooltip>
      ),
    },
    { title: t('persons.idNumber'), dataIndex: 'idNumberMasked', width: 190, render: (v: string | null) => (v ? <span className="mono">{v}</span> : <span className="text-muted">{t('common.none')}</span>) },
    { title: t('cases.updatedAt'), dataIndex: 'updatedAt', width: 140, render: (at: string) => formatDateTime(at) },
    ...(can('cases.manage') ? [{ title: t('common.actions'), key: 'actions', width: 150, render: (_: unknown, c: CaseView) => <CaseChangeActions item={c} compact /> }] : []),
  ];
  return <ListTable list={list} columns={columns} testId="cases-table" rows={{ testId: 'case-row', onOpen }} totalKey="cases.total" />;
}
