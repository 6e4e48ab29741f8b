import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommandPanel } from '../../../../common/contracts/dashboard.ts';
import { formatCount, formatDateTime } from '../../../lib/format.ts';
import { useCan } from '../auth/session.ts';
import { PriorityTag } from '../instructions/InstructionTags.tsx';
import { ProgressBars } from '../instructions/ProgressBars.tsx';
import '../instructions/instructions.css';

type Item = CommandPanel['instructions'][number];

/** The day's newest instructions reaching the region, each with how far its receipts there got; a title opens the instruction. */
export function TodayInstructions({ items, day }: { items: Item[]; day: string }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const tracks = can('instructions.track');
  return (
    <>
      <div className="panel-subtitle">
        {t('overview.command.list', { day })}
        {items.length > 0 && <span className="panel-subtitle-hint">{t('overview.command.newest', { count: items.length })}</span>}
      </div>
      {items.length === 0
        ? <Empty className="command-no-instructions" image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.command.none', { day })} />
        : (
          <ul className="command-instructions" data-testid="overview-command-instructions">
            {items.map((i) => (
              <li key={i.id} className="command-instruction" data-testid="overview-command-instruction" data-id={i.id}>
                <div className="command-instruction-head">
                  <PriorityTag priority={i.priority} />
                  {tracks
                    ? <Link to={`/instructions/${i.id}`} className="command-instruction-title" title={i.title}>{i.title}</Link>
                    : <span className="command-instruction-title" title={i.title}>{i.title}</span>}
                  <span className="command-instruction-time">{t('overview.command.sentAt', { time: formatDateTime(i.sentAt).slice(11) })}</span>
                </div>
                <ProgressBars progress={{ total: i.receipts, read: i.read, done: i.done, overdue: i.overdue }} />
                <div className="command-instruction-counts">
                  {t('overview.command.listCounts', { receipts: formatCount(i.receipts, i18n.language), overdue: formatCount(i.overdue, i18n.language) })}
                </div>
              </li>
            ))}
          </ul>
        )}
    </>
  );
}
