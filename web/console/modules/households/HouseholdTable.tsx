import { Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HouseholdView } from '../../../../common/contracts/field.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { ListTable } from '../lists/ListTable.tsx';
import type { ListState } from '../lists/use-list.ts';

interface Props {
  list: ListState<'GET /api/households'>;
  onOpen: (household: HouseholdView) => void;
}

export function HouseholdTable({ list, onOpen }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<HouseholdView> = [
    {
      title: t('households.address'),
      dataIndex: 'address',
      render: (address: string) => <Typography.Text ellipsis={{ tooltip: address }}>{address}</Typography.Text>,
    },
    { title: t('field.grid'), dataIndex: ['grid', 'name'], width: 220, render: (name: string, h) => <Tooltip title={h.grid.code}>{name}</Tooltip> },
    { title: t('households.members'), dataIndex: 'memberCount', width: 90, align: 'right' },
    {
      title: t('households.lastVisit'),
      dataIndex: 'lastVisitAt',
      width: 150,
      render: (at: string | null) => (at ? formatDateTime(at) : <span className="text-muted">{t('households.neverVisited')}</span>),
    },
    { title: t('field.registeredAt'), dataIndex: 'createdAt', width: 150, render: (at: string) => formatDateTime(at) },
  ];
  return <ListTable list={list} columns={columns} testId="households-table" rows={{ testId: 'household-row', onOpen }} totalKey="households.total" />;
}
