import { Table, Tooltip, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HouseholdView } from '../../../../common/contracts/field.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { openableRow } from '../lists/table-rows.ts';
import { minTableWidth } from '../../ui/table-scroll.ts';

interface Props {
  households: HouseholdView[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onPage: (current: number, pageSize: number) => void;
  onOpen: (household: HouseholdView) => void;
}

export function HouseholdTable({ households, loading, pagination, onPage, onOpen }: Props) {
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
  return (
    <Table<HouseholdView>
      rowKey="id"
      size="middle"
      tableLayout="fixed"
      columns={columns}
      scroll={{ x: minTableWidth(columns) }}
      dataSource={households}
      loading={loading}
      pagination={pagination}
      onChange={(p) => onPage(p.current ?? 1, p.pageSize ?? 20)}
      rowClassName="clickable-row"
      onRow={(h) => openableRow('household-row', () => onOpen(h))}
      data-testid="households-table"
    />
  );
}
