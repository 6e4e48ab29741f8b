import { Button, Popup, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Location } from '../../../../common/contracts/field.ts';
import { Icon } from '../../ui/icons.tsx';
import { currentPosition, GeoError } from './geolocate.ts';
import { GridMap } from './GridMap.tsx';

function formatLocation(location: Location, t: (key: string, options?: Record<string, unknown>) => string): string {
  const base = `${location.lon.toFixed(5)}, ${location.lat.toFixed(5)}`;
  return location.accuracy !== undefined ? `${base} · ${t('location.accuracy', { metres: location.accuracy })}` : `${base} · ${t('location.fromMap')}`;
}

/** Where something is: the phone's GPS, or a tap on the grid outline. */
export function LocationField({ value, onChange, grids, testId = 'location' }: {
  value?: Location | null;
  onChange?: (value: Location | null) => void;
  grids: readonly string[];
  testId?: string;
}) {
  const { t } = useTranslation();
  const [locating, setLocating] = useState(false);
  const [mapOpen, setMapOpen] = useState(false);
  const [picked, setPicked] = useState<Location | null>(null);

  const locate = async () => {
    setLocating(true);
    try {
      onChange?.(await currentPosition());
    } catch (error) {
      const problem = error instanceof GeoError ? error.problem : 'UNAVAILABLE';
      Toast.show({ content: t(`location.problem.${problem}`), duration: 3000 });
    } finally {
      setLocating(false);
    }
  };

  return (
    <div className="location-field">
      <div className="location-value" data-testid={`${testId}-value`}>
        {value ? formatLocation(value, t) : <span className="placeholder">{t('location.none')}</span>}
      </div>
      <div className="location-actions">
        <Button size="small" color="primary" fill="outline" loading={locating} onClick={() => void locate()} data-testid={`${testId}-gps`}>
          <Icon name="gps" size={16} /> {t('location.gps')}
        </Button>
        <Button size="small" color="primary" fill="outline" onClick={() => { setPicked(value ?? null); setMapOpen(true); }} data-testid={`${testId}-map`}>
          <Icon name="map" size={16} /> {t('location.map')}
        </Button>
        {value && (
          <Button size="small" fill="none" onClick={() => onChange?.(null)} data-testid={`${testId}-clear`}>{t('common.clear')}</Button>
        )}
      </div>
      <Popup visible={mapOpen} onMaskClick={() => setMapOpen(false)} bodyClassName="map-popup" destroyOnClose>
        <div className="map-popup-title">{t('location.mapTitle')}</div>
        <div className="map-popup-hint">{picked ? formatLocation(picked, t) : t('location.mapHint')}</div>
        <GridMap grids={grids} value={picked} onPick={setPicked} />
        <div className="map-popup-actions">
          <Button block onClick={() => setMapOpen(false)}>{t('common.cancel')}</Button>
          <Button block color="primary" disabled={!picked} onClick={() => { onChange?.(picked); setMapOpen(false); }} data-testid="map-confirm">{t('common.confirm')}</Button>
        </div>
      </Popup>
    </div>
  );
}
