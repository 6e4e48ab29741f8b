import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionChild } from '../../../../common/contracts/regions.ts';
import { formatCount } from '../../../lib/format.ts';
import { kindLabel } from './region-labels.ts';
import { minTableWidth } from '../../ui/table-scroll.ts';

interface Props {
  items: RegionChild[];
  loading?: boolean;
  onOpen: (code: string) => void;
}

/** A region's direct children; a click anywhere on a row drills into that child. */
export function ChildrenTable({ items, loading, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const count = (n: number | null) => formatCount(n, i18n.language);
  const columns: TableColumnsType<RegionChild> = [
    { title: t('regions.code'), dataIndex: 'code', width: 150, render: (code: string) => <span className="mono">{code}</span> },
    { title: t('regions.name'), dataIndex: 'name', minWidth: 120, render: (name: string, row) => <Link to={`/regions/${row.code}`} onClick={(e) => e.stopPropagation()}>{name}</Link> },
    { title: t('regions.kind'), dataIndex: 'kind', width: 120, render: (kind: string | null) => kindLabel(t, kind) },
    { title: t('regions.population'), dataIndex: 'population', width: 115, align: 'right', render: count, sorter: (a, b) => (a.population ?? 0) - (b.population ?? 0) },
    { title: t('regions.childCount'), dataIndex: 'childCount', width: 115, align: 'right', render: count, sorter: (a, b) => a.childCount - b.childCount },
    { title: t('regions.gridCount'), dataIndex: 'gridCount', width: 95, align: 'right', render: count, sorter: (a, b) => a.gridCount - b.gridCount },
  ];
  return (
    <Table<RegionChild>
      rowKey="code"
      size="middle"
      columns={columns}
      scroll={{ x: minTableWidth(columns) }}
      dataSource={items}
      loading={loading}
      pagination={items.length > 20 ? { defaultPageSize: 20, showSizeChanger: true } : false}
      rowClassName="clickable-row"
      onRow={(row) => ({ onClick: () => onOpen(row.code), 'data-testid': 'region-child-row' }) as HTMLAttributes<HTMLElement>}
      data-testid="region-children"
    />
  );
}
