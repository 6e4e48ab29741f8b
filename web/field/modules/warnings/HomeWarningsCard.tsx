import { Card, Skeleton } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Icon } from '../../ui/icons.tsx';
import type { WarningStatus } from './local.ts';
import { DeadlineText } from './parts.tsx';
import { useNow, useWarningBoard } from './queries.ts';

/** 首页's warnings card: how many wait, how many are past their deadline (red), and the most urgent one. */
export function HomeWarningsCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const board = useWarningBoard();
  const now = useNow();
  const counts = board.counts;
  const urgent = board.tab('overdue')[0] ?? board.tab('open')[0];
  const failed = board.lists.open.isError && board.lists.overdue.isError;
  const open = (tab?: WarningStatus) => void navigate(tab ? `/warnings?tab=${tab}` : '/warnings');
  const figure = (tab: 'open' | 'overdue') => (
    <button
      type="button"
      className={`warning-count${tab === 'overdue' && counts?.overdue ? ' danger' : ''}`}
      onClick={(e) => {
        e.stopPropagation();
        open(tab);
      }}
      data-testid={`home-warnings-${tab}`}
    >
      <b>{counts?.[tab] ?? '–'}</b> {t(`warnings.status.${tab}`)}
    </button>
  );
  return (
    <Card
      className={`home-card warnings-card${counts?.overdue ? ' has-overdue' : ''}`}
      title={<span className="card-title-icon"><Icon name="thermometer" size={18} /> {t('warnings.title')}</span>}
      extra={<span className="card-more">{t('warnings.viewAll')} ›</span>}
      onClick={() => open()}
      data-testid="home-warnings"
    >
      {counts ? (
        <>
          <div className="sync-row">
            {figure('open')}
            {figure('overdue')}
            {board.queued > 0 && <span className="muted" data-testid="home-warnings-queued">{t('warnings.queuedCount', { count: board.queued })}</span>}
          </div>
          <div className="sync-note">
            {urgent ? (
              <span data-testid="home-warnings-urgent">{t('warnings.next')}{urgent.view.name} · <DeadlineText row={urgent} now={now} /></span>
            ) : t('warnings.noneActive')}
          </div>
        </>
      ) : failed ? (
        <div className="sync-note">{t('warnings.offlineNoList')}</div>
      ) : (
        <Skeleton.Paragraph lineCount={1} animated />
      )}
    </Card>
  );
}
