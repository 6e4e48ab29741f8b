import { PlusOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CheckpointView } from '../../../../common/contracts/declarations.ts';
import { levelOfCode } from '../../../../common/regions/codes.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { ListError } from '../lists/ListError.tsx';
import { FIRST_PAGE, tablePagination, type PageState } from '../field/paging.ts';
import { RegionFilter } from '../lists/RegionFilter.tsx';
import { useRememberedState } from '../lists/remembered-state.ts';
import { CheckpointFormModal } from './CheckpointFormModal.tsx';
import { CheckpointTable } from './CheckpointTable.tsx';
import { communityPosterPath, useCheckpointList, type CheckpointFilters } from './queries.ts';
import '../vital-signs/declarations.css';

const COMMUNITY_LEVEL = 4;
type ActiveChoice = 'yes' | 'no';

/** 卡点: the entrances and road checkpoints of the user's region, with their posters. */
export function CheckpointsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const canManage = can('checkpoints.manage');
  const [filters, setFilters] = useRememberedState<CheckpointFilters>('checkpoints.filters', {});
  const [page, setPage] = useRememberedState<PageState>('checkpoints.page', FIRST_PAGE);
  // undefined: closed; null: a new checkpoint.
  const [editing, setEditing] = useState<CheckpointView | null | undefined>(undefined);
  const list = useCheckpointList(filters, page);
  const apply = (next: CheckpointFilters) => {
    setFilters(next);
    setPage((p) => ({ ...p, current: 1 }));
  };
  const active: ActiveChoice | undefined = filters.active === undefined ? undefined : filters.active ? 'yes' : 'no';
  // A whole community's sheet, when the list is one community (by filter or by the user's own region).
  const region = filters.region ?? me.region.code;
  const community = levelOfCode(region) === COMMUNITY_LEVEL ? region : undefined;

  return (
    <>
      <PageTitle
        title={t('checkpoints.title')}
        hint={t('checkpoints.hint', { region: me.region.name })}
        extra={(
          <Space>
            {community && (
              <Link to={communityPosterPath(community)} data-testid="checkpoints-community-poster">
                <Button icon={<PrinterOutlined />}>{t('checkpoints.communityPoster')}</Button>
              </Link>
            )}
            {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="checkpoint-create">{t('checkpoints.create')}</Button>}
          </Space>
        )}
      />
      <Card>
        <Space wrap className="filter-bar">
          <RegionFilter value={filters.region} onChange={(r) => apply({ ...filters, region: r })} data-testid="checkpoints-region-filter" />
          <Select<ActiveChoice>
            allowClear
            placeholder={t('checkpoints.active')}
            value={active}
            onChange={(v) => apply({ ...filters, active: v === undefined ? undefined : v === 'yes' })}
            options={[{ value: 'yes', label: t('checkpoints.activeYes') }, { value: 'no', label: t('checkpoints.activeNo') }]}
            style={{ width: 130 }}
            data-testid="checkpoints-active-filter"
          />
          <Button icon={<ReloadOutlined />} onClick={() => apply({})} data-testid="checkpoints-reset">{t('common.reset')}</Button>
        </Space>
        <ListError error={list.error} />
        <CheckpointTable
          checkpoints={list.data?.items ?? []}
          loading={list.isPending || list.isPlaceholderData}
          pagination={tablePagination(t, page, list.data?.total ?? 0, 'checkpoints.total')}
          onPage={(current, pageSize) => setPage({ current, pageSize })}
          canManage={canManage}
          onEdit={setEditing}
        />
      </Card>
      {editing !== undefined && <CheckpointFormModal checkpoint={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
