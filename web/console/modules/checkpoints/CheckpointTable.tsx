import { PrinterOutlined } from '@ant-design/icons';
import { Table, Tag, Tooltip, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CheckpointView } from '../../../../common/contracts/declarations.ts';
import type { CheckpointKind } from '../../../../common/declarations/vocabulary.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { declTerm } from '../vital-signs/terms.ts';
import { ActiveSwitch, CheckpointActions } from './CheckpointActions.tsx';
import { communityPosterPath } from './queries.ts';
import { minTableWidth } from '../../ui/table-scroll.ts';

const KIND_COLORS: Record<CheckpointKind, string> = { residential_entrance: 'blue', road_checkpoint: 'purple', other: 'default' };

interface Props {
  checkpoints: CheckpointView[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onPage: (current: number, pageSize: number) => void;
  canManage: boolean;
  onEdit: (checkpoint: CheckpointView) => void;
}

export function CheckpointTable({ checkpoints, loading, pagination, onPage, canManage, onEdit }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CheckpointView> = [
    {
      title: t('checkpoints.name'), dataIndex: 'name', ellipsis: { showTitle: false },
      render: (name: string, c) => <Tooltip title={name}><span className={c.active ? undefined : 'text-muted'} data-testid="checkpoint-name">{name}</span></Tooltip>,
    },
    { title: t('checkpoints.kind'), dataIndex: 'kind', width: 130, render: (k: CheckpointKind) => <Tag color={KIND_COLORS[k]} className="cell-tag" title={declTerm(t, 'checkpointKind', k)}>{declTerm(t, 'checkpointKind', k)}</Tag> },
    {
      title: t('checkpoints.community'), dataIndex: ['community', 'name'], width: 180, ellipsis: { showTitle: false },
      render: (name: string, c) => (
        <span className="community-cell">
          <Tooltip title={`${name} ${c.community.code}`}><span className="cell-ellipsis">{name}</span></Tooltip>
          <Tooltip title={t('checkpoints.communityPoster')}>
            <Link to={communityPosterPath(c.community.code)} className="community-poster-link" aria-label={t('checkpoints.communityPoster')} data-testid="community-poster-link">
              <PrinterOutlined />
            </Link>
          </Tooltip>
        </span>
      ),
    },
    { title: t('checkpoints.grid'), dataIndex: ['grid', 'name'], width: 160, ellipsis: { showTitle: false }, render: (name: string, c) => <Tooltip title={`${name} ${c.grid.code}`}>{name}</Tooltip> },
    { title: t('checkpoints.active'), dataIndex: 'active', width: 96, render: (_, c) => <ActiveSwitch checkpoint={c} canManage={canManage} /> },
    { title: t('checkpoints.tokenIssuedAt'), dataIndex: 'tokenIssuedAt', width: 140, render: (at: string) => formatDateTime(at) },
    {
      title: t('common.actions'), key: 'actions', width: canManage ? 280 : 110,
      render: (_, c) => <CheckpointActions checkpoint={c} canManage={canManage} onEdit={onEdit} />,
    },
  ];
  return (
    <Table<CheckpointView>
      rowKey="id"
      size="middle"
      tableLayout="fixed"
      columns={columns}
      scroll={{ x: minTableWidth(columns) }}
      dataSource={checkpoints}
      loading={loading}
      pagination={pagination}
      onChange={(p) => onPage(p.current ?? 1, p.pageSize ?? 20)}
      onRow={() => ({ 'data-testid': 'checkpoint-row' }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t('checkpoints.none') }}
      data-testid="checkpoints-table"
    />
  );
}
