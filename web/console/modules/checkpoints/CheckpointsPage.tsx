import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CheckpointView } from '../../../../common/contracts/declarations.ts';
import { levelOfCode } from '../../../../common/regions/codes.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCan, useCurrentUser } from '../auth/session.ts';
import { FilterBar } from '../lists/FilterBar.tsx';
import { useList } from '../lists/use-list.ts';
import { CheckpointFormModal } from './CheckpointFormModal.tsx';
import { CheckpointTable } from './CheckpointTable.tsx';
import { communityPosterPath } from './queries.ts';
import '../vital-signs/declarations.css';

const COMMUNITY_LEVEL = 4;

/** 卡点: the entrances and road checkpoints of the user's region, with their posters. */
export function CheckpointsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const canManage = can('checkpoints.manage');
  // undefined: closed; null: a new checkpoint.
  const [editing, setEditing] = useState<CheckpointView | null | undefined>(undefined);
  const list = useList('GET /api/checkpoints');
  const { filters } = list;
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
        <FilterBar list={list} testId="checkpoints" fields={[
          { kind: 'region', testId: 'checkpoints-region-filter' },
          { kind: 'yesNo', key: 'active', placeholder: t('checkpoints.active'), yes: t('checkpoints.activeYes'), no: t('checkpoints.activeNo'), width: 130, testId: 'checkpoints-active-filter' },
        ]} />
        <CheckpointTable list={list} canManage={canManage} onEdit={setEditing} />
      </Card>
      {editing !== undefined && <CheckpointFormModal checkpoint={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
