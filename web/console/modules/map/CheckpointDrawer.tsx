import { QrcodeOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCheckpoint } from '../checkpoints/queries.ts';
import { declTerm } from '../vital-signs/terms.ts';
import { FactSheet, SideDrawer } from './SideDrawer.tsx';
import { QueryProblem } from '../../ui/QueryProblem.tsx';
import { GridName } from '../../ui/GridName.tsx';

/** A checkpoint opened from the map: what and where it is; managing it is the checkpoints page's job. */
export function CheckpointDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <SideDrawer
      open={id !== null}
      onClose={onClose}
      width={480}
      title={t('map.checkpoint.title')}
      extra={<Link to="/checkpoints"><Button icon={<QrcodeOutlined />}>{t('map.checkpoint.manage')}</Button></Link>}
      testId="map-checkpoint-drawer"
    >
      {id && <CheckpointFacts id={id} />}
    </SideDrawer>
  );
}

function CheckpointFacts({ id }: { id: string }) {
  const { t } = useTranslation();
  const checkpoint = useCheckpoint(id);
  if (!checkpoint.isSuccess) return <QueryProblem query={checkpoint} />;
  const c = checkpoint.data;
  return (
    <FactSheet
      items={[
        { key: 'name', label: t('map.checkpoint.name'), children: <strong>{c.name}</strong> },
        { key: 'kind', label: t('map.checkpoint.kind'), children: declTerm(t, 'checkpointKind', c.kind) },
        { key: 'state', label: t('map.checkpoint.state'), children: <Tag color={c.active ? 'success' : 'default'}>{t(c.active ? 'map.checkpoint.active' : 'map.checkpoint.inactive')}</Tag> },
        { key: 'community', label: t('map.checkpoint.community'), children: c.community.name },
        { key: 'grid', label: t('map.checkpoint.grid'), children: <GridName grid={c.grid} /> },
        { key: 'location', label: t('map.checkpoint.location'), children: <span className="mono">{c.lon.toFixed(6)}, {c.lat.toFixed(6)}</span> },
      ]}
      testId="map-checkpoint-facts"
    />
  );
}
