import { SolutionOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MapItem } from '../../../../common/contracts/map.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { keyColor } from '../../../lib/map/palette.ts';
import { keyName } from './layer-labels.ts';
import { FactSheet, SideDrawer } from './SideDrawer.tsx';
import { GridName } from '../../ui/GridName.tsx';

/**
 * A grid worker opened from the map. Their row already says all the map knows (status, last
 * position and when); the map marks the position, the workers page has the rest.
 */
export function WorkerDrawer({ worker, onClose }: { worker: MapItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const none = <span className="text-muted">{t('map.worker.noLocation')}</span>;
  return (
    <SideDrawer
      open={worker !== null}
      onClose={onClose}
      width={480}
      title={t('map.worker.title')}
      extra={<Link to="/workers"><Button icon={<SolutionOutlined />}>{t('map.worker.openList')}</Button></Link>}
      testId="map-worker-drawer"
    >
      {worker && (
        <FactSheet
          items={[
            { key: 'name', label: t('map.worker.name'), children: <><strong>{worker.title}</strong>{worker.subtitle && <div className="text-muted">{worker.subtitle}</div>}</> },
            { key: 'status', label: t('map.worker.status'), children: <Tag color={keyColor('workers', worker.key)}>{keyName(t, 'workers', worker.key)}</Tag> },
            { key: 'grid', label: t('map.worker.grid'), children: <GridName grid={worker.grid} /> },
            { key: 'location', label: t('map.worker.location'), children: worker.lon !== null && worker.lat !== null ? <span className="mono">{worker.lon.toFixed(6)}, {worker.lat.toFixed(6)}</span> : none },
            { key: 'at', label: t('map.worker.lastSeen'), children: worker.at ? formatDateTime(worker.at) : none },
          ]}
          testId="map-worker-facts"
        />
      )}
    </SideDrawer>
  );
}
