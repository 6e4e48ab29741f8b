import { PauseCircleFilled, PlayCircleFilled } from '@ant-design/icons';
import { Button, Segmented, Slider, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { addDays, daysBetween } from '../../../../common/time.ts';
import { DayRangePicker } from '../vital-signs/DayRangePicker.tsx';
import { lastDays, MAX_PERIOD_DAYS } from './map-view.ts';
import type { Playback } from './use-playback.ts';

interface Props {
  from: string;
  to: string;
  today: string;
  onChange: (period: { from: string; to: string }) => void;
  playback: Playback;
}

const QUICK = [1, 7, 14, 30] as const;

/**
 * The period every layer counts over: quick picks, any range, and 播放, which steps through
 * its days (a slider shows and moves the day).
 */
export function PeriodControl({ from, to, today, onChange, playback }: Props) {
  const { t } = useTranslation();
  const labels: Record<(typeof QUICK)[number], string> = { 1: t('map.today'), 7: t('map.last7'), 14: t('map.last14'), 30: t('map.last30') };
  const quick = QUICK.find((days) => to === today && from === lastDays(today, days).from);
  const span = daysBetween(from, to);
  const shown = playback.day ?? to;
  return (
    <div className="map-period">
      <span className="text-muted">{t('map.period')}</span>
      <Segmented
        value={quick ?? 0}
        options={QUICK.map((days) => ({ value: days, label: <span data-testid={`map-period-${days}`}>{labels[days]}</span> }))}
        onChange={(days) => onChange(lastDays(today, days))}
      />
      <DayRangePicker
        from={from}
        to={to}
        today={today}
        maxDays={MAX_PERIOD_DAYS}
        onChange={onChange}
        presets={QUICK.map((days) => ({ label: labels[days], days }))}
        data-testid="map-period"
      />
      <Tooltip title={t('map.playHint')}>
        <Button
          type={playback.playing ? 'default' : 'primary'}
          icon={playback.playing ? <PauseCircleFilled /> : <PlayCircleFilled />}
          disabled={span === 0}
          onClick={playback.playing ? playback.pause : playback.play}
          data-testid="map-play"
        >
          {playback.playing ? t('map.pause') : t('map.play')}
        </Button>
      </Tooltip>
      {span > 0 && (
        <div className="map-timeline">
          <Slider
            min={0}
            max={span}
            value={daysBetween(from, shown)}
            tooltip={{ formatter: (n) => addDays(from, n ?? 0) }}
            onChange={(n) => playback.show(addDays(from, n))}
          />
          <span className={playback.day ? 'map-asof is-playing' : 'map-asof'} data-testid="map-asof">{t('map.asOf', { day: shown })}</span>
        </div>
      )}
    </div>
  );
}
