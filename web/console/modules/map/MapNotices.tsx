import { LoadingOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MapAggregates, MapPoints } from '../../../../common/contracts/map.ts';
import { errorText } from '../../../lib/errors.ts';
import { layerName } from './layer-labels.ts';
import type { MapView } from './map-view.ts';

interface Props {
  loading: boolean;
  error: Error | null;
  onRetry: () => void;
  view: MapView;
  atGrid: boolean;
  /** The active layers' answers: aggregates above a grid, points in one. */
  counted: readonly (MapAggregates | MapPoints | undefined)[];
}

/** The map's state in one line at its top: loading, a failure (with retry), nothing to show, points left out. */
export function MapNotices({ loading, error, onRetry, view, atGrid, counted }: Props) {
  const { t } = useTranslation();
  const arrived = counted.length > 0 && counted.every((a) => a !== undefined);
  const notes: string[] = [];
  if (arrived && atGrid) {
    const answers = counted as MapPoints[];
    answers.forEach((a, i) => a.truncated && notes.push(t('map.truncated', { layer: layerName(t, view.layers[i]!), count: a.points.length })));
    const unlocated = answers.reduce((sum, a) => sum + a.unlocated, 0);
    if (unlocated > 0) notes.push(t('map.unlocated', { count: unlocated }));
  }
  const empty = arrived && !loading && !error && (atGrid
    ? (counted as MapPoints[]).every((a) => a.points.length === 0)
    : (counted as MapAggregates[]).every((a) => a.count === 0));

  return (
    <div className="map-notices" data-testid="map-notices">
      {error && (
        <Alert
          type="error"
          showIcon
          title={t('map.loadFailed', { message: errorText(t, error) })}
          action={<Button size="small" onClick={onRetry}>{t('common.retry')}</Button>}
          data-testid="map-error"
        />
      )}
      {loading && !error && <div className="map-notice" data-testid="map-loading"><LoadingOutlined /> {t('map.loading')}</div>}
      {empty && <div className="map-notice" data-testid="map-empty">{t('map.noData')}{atGrid && ` · ${t('map.noPoints')}`}</div>}
      {notes.map((note) => <div key={note} className="map-notice is-warning">{note}</div>)}
    </div>
  );
}
