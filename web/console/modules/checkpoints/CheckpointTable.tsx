import { PrinterOutlined } from '@ant-design/icons';
import { Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CheckpointView } from '../../../../common/contracts/declarations.ts';
import type { CheckpointKind } from '../../../../common/declarations/vocabulary.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { declTerm } from '../vital-signs/terms.ts';
import { ActiveSwitch, CheckpointActions } from './CheckpointActions.tsx';
import { communityPosterPath } from './queries.ts';
import { ListTable } from '../lists/ListTable.tsx';
import type { ListState } from '../lists/use-list.ts';

const KIND_COLORS: Record<CheckpointKind, string> = { residential_entrance: 'blue', road_checkpoint: 'purple', other: 'default' };

interface Props {
  list: ListState<'GET /api/checkpoints'>;
  canManage: boolean;
  onEdit: (checkpoint: CheckpointView) => void;
}

export function CheckpointTable({ list, canManage, onEdit }: Props) {
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
  return <ListTable list={list} columns={columns} testId="checkpoints-table" rows={{ testId: 'checkpoint-row' }} totalKey="checkpoints.total" emptyText={t('checkpoints.none')} />;
}
