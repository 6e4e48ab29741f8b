import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LiveState } from '../../../lib/live.ts';

/** 实时 while the live stream is up; 重连中 while the browser is reconnecting it (figures then poll). */
export function LiveBadge({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`overview.liveHint.${state}`)}>
      <span className={`live-badge live-${state}`} data-testid="overview-live" data-state={state}>
        <i className="live-dot" />
        {t(`overview.live.${state}`)}
      </span>
    </Tooltip>
  );
}
