import { Alert, Empty, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapItem } from '../../../../common/contracts/map.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { keyColor, LAYER_COLORS } from '../../../lib/map/palette.ts';
import { FIRST_PAGE, pageQuery, tablePagination, type PageState } from '../field/paging.ts';
import { openableRow } from '../lists/table-rows.ts';
import { keyName, layerName, timeName } from './layer-labels.ts';
import type { MapView } from './map-view.ts';
import { listedOf, useMapList, type ListTarget, type Period } from './queries.ts';
import { SideDrawer } from './SideDrawer.tsx';
import { minTableWidth } from '../../ui/table-scroll.ts';

interface Props {
  target: ListTarget | null;
  view: MapView;
  period: Period;
  onClose: () => void;
  onOpen: (item: MapItem) => void;
}

/** The rows behind a count: one layer in one region over the period, names masked, a row opens its record. */
export function ItemListDrawer({ target, view, period, onClose, onOpen }: Props) {
  const { t } = useTranslation();
  const time = target && timeName(t, target.layer);
  return (
    <SideDrawer
      open={target !== null}
      onClose={onClose}
      title={target && (
        <Space size={8} wrap>
          <span className="map-swatch" style={{ background: LAYER_COLORS[target.layer] }} />
          <span>{target.regionName} · {layerName(t, target.layer)}</span>
          <Tooltip title={time?.hint}><Tag variant="filled">{time?.label}</Tag></Tooltip>
          <span className="text-muted map-list-period">{period.from === period.to ? period.to : `${period.from} ~ ${period.to}`}</span>
        </Space>
      )}
      testId="map-list-drawer"
    >
      {/* Keyed by the count: another one starts without the last list's rows. */}
      {target && <ItemList key={`${target.region}/${target.layer}`} target={target} view={view} period={period} onOpen={onOpen} />}
    </SideDrawer>
  );
}

function ItemList({ target, view, period, onOpen }: Omit<Props, 'onClose' | 'target'> & { target: ListTarget }) {
  const { t } = useTranslation();
  // Another period or choice of categories lists other rows: back to the first page, so that
  // a page past the new end is never shown empty. (Its rows stay until the new ones arrive.)
  const listed = JSON.stringify(listedOf(target, view, period));
  const [paging, setPaging] = useState<{ listed: string; page: PageState }>({ listed, page: FIRST_PAGE });
  const page = paging.listed === listed ? paging.page : { ...FIRST_PAGE, pageSize: paging.page.pageSize };
  if (paging.listed !== listed) setPaging({ listed, page });
  const list = useMapList(target, view, period, pageQuery(page));
  const columns: TableColumnsType<MapItem> = [
    {
      title: t('map.list.name'), dataIndex: 'title', ellipsis: { showTitle: false },
      render: (title: string, item) => (
        <div>
          <Typography.Text strong ellipsis={{ tooltip: title }}>{title}</Typography.Text>
          {item.subtitle && <div className="text-muted map-list-subtitle">{item.subtitle}</div>}
        </div>
      ),
    },
    {
      title: t('map.list.category'), dataIndex: 'key', width: 130,
      render: (key: string) => <Tag color={keyColor(target.layer, key)} className="cell-tag">{keyName(t, target.layer, key)}</Tag>,
    },
    { title: t('map.list.grid'), dataIndex: ['grid', 'name'], width: 150, ellipsis: { showTitle: false }, render: (name: string, item) => <Tooltip title={`${name} ${item.grid.code}`}>{name}</Tooltip> },
    { title: t('map.list.at'), dataIndex: 'at', width: 140, render: (at: string | null) => formatDateTime(at) },
  ];
  if (list.isError) return <Alert type="error" showIcon title={errorText(t, list.error)} />;
  return (
    <>
      <Alert className="map-list-note" type="info" showIcon title={t('map.list.masked')} />
      <Table<MapItem>
        rowKey="id"
        size="small"
        tableLayout="fixed"
        columns={columns}
        scroll={{ x: minTableWidth(columns) }}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={tablePagination(t, page, list.data?.total ?? 0, 'map.list.total')}
        onChange={(p) => setPaging({ listed, page: { current: p.current ?? 1, pageSize: p.pageSize ?? FIRST_PAGE.pageSize } })}
        rowClassName="clickable-row"
        onRow={(item) => openableRow('map-list-row', () => onOpen(item))}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('map.noData')} /> }}
        data-testid="map-list"
      />
    </>
  );
}
