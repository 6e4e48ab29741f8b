import { Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommandPanel as Command } from '../../../../common/contracts/dashboard.ts';
import type { EventStep } from '../../../../common/events/workflow.ts';
import { commandRates } from '../../../lib/command-rates.ts';
import { levelLabel } from '../regions/region-labels.ts';
import { CommandChildrenTable } from './CommandChildrenTable.tsx';
import { CountLink } from './CountLink.tsx';
import { dayLabel } from './day-label.ts';
import { FigureTile } from './FigureTile.tsx';
import { useListLinks } from './list-links.ts';
import { Panel, type PanelProps } from './Panel.tsx';
import { useCommand, type Poll } from './queries.ts';
import { RateFigure } from './RateFigure.tsx';
import { TodayInstructions } from './TodayInstructions.tsx';
import type { Drill } from './use-view.ts';
import type { OverviewView } from './view.ts';

interface Props extends PanelProps {
  view: OverviewView;
  today: string;
  poll: Poll;
  drill: Drill;
}

const STEPS: { step: EventStep; tone: 'blue' | 'cyan' | 'purple' | 'green' }[] = [
  { step: 'dispatch', tone: 'blue' },
  { step: 'handle', tone: 'cyan' },
  { step: 'verify', tone: 'purple' },
  { step: 'close', tone: 'green' },
];

/**
 * 指挥调度: the day's instructions down to the grids (signed for, done, overdue) and the
 * events waiting at each step of the loop, late or under supervision, with the regions one
 * level down. Event figures open the events list at that step; instruction ones their list.
 */
export function CommandPanel({ view, today, poll, drill, extra }: Props) {
  const { t } = useTranslation();
  const linkTo = useListLinks();
  const query = useCommand(view, today, poll);
  const c: Command | undefined = query.data;
  const region = c?.region.code ?? view.region;
  const day = c ? dayLabel(t, c.day, today) : '';
  const rates = c ? commandRates(c) : null;
  const instructions = linkTo('instructions', {});

  return (
    <Panel name="command" title={t('overview.command.title')} extra={extra} query={query}>
      {c && rates && (
        <Row gutter={[20, 12]}>
          <Col xs={24} xl={13}>
            <div className="panel-subtitle">{t('overview.command.instructions', { day })}</div>
            <div className="figure-row figure-row-4">
              <FigureTile label={t('overview.command.receipts')} value={<CountLink value={c.instructionReceipts} link={instructions} data-testid="overview-command-receipts" />} />
              <FigureTile tone="cyan" label={t('overview.command.readRate')} value={<RateFigure rate={rates.read} data-testid="overview-command-read-rate" />}
                sub={t('overview.command.read', { count: c.instructionsRead })} />
              <FigureTile tone="green" label={t('overview.command.doneRate')} value={<RateFigure rate={rates.done} data-testid="overview-command-done-rate" />}
                sub={t('overview.command.done', { count: c.instructionsDone })} />
              <FigureTile tone="red" label={t('overview.command.instructionsOverdue')}
                value={<CountLink value={c.instructionsOverdue} link={instructions} data-testid="overview-command-instructions-overdue" />} />
            </div>
            <div className="panel-subtitle">
              {t('overview.command.events', { count: c.eventsOpen })}
            </div>
            <div className="figure-row figure-row-4">
              {STEPS.map(({ step, tone }) => (
                <FigureTile key={step} tone={tone} label={t(`overview.command.step.${step}`)}
                  value={<CountLink value={c.eventsByStep[step]} link={linkTo('events', { region, step })} data-testid={`overview-command-step-${step}`} />} />
              ))}
              <FigureTile tone="red" label={t('overview.command.eventsOverdue')}
                value={<CountLink value={c.eventsOverdue} link={linkTo('events', { region, overdue: true })} data-testid="overview-command-events-overdue" />} />
              <FigureTile tone="orange" label={t('overview.command.escalated')}
                value={<CountLink value={c.eventsEscalated} link={linkTo('events', { region, supervised: true })} data-testid="overview-command-escalated" />} />
              {/* The events list filters by the day an event occurred, not the day it was closed: no list to open. */}
              <FigureTile tone="grey" label={t('overview.command.closed', { day })} value={<CountLink value={c.eventsClosed} link={null} data-testid="overview-command-closed" />} />
              <FigureTile tone="green" label={t('overview.command.closedOnTime')} value={<RateFigure rate={rates.closedOnTime} data-testid="overview-command-on-time" />}
                sub={t('overview.command.onTime', { count: c.eventsClosedOnTime })} />
            </div>
          </Col>
          <Col xs={24} xl={11}>
            <TodayInstructions items={c.instructions} day={day} />
          </Col>
          <Col span={24}>
            {c.children.length > 0
              ? (
                <>
                  <div className="panel-subtitle">
                    {t('overview.monitoring.children', { level: levelLabel(t, c.region.level + 1) })}
                    <span className="panel-subtitle-hint">{t('overview.monitoring.childHint')}</span>
                  </div>
                  <CommandChildrenTable rows={c.children} drill={drill} />
                </>
              )
              : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.noChildren')} />}
          </Col>
        </Row>
      )}
    </Panel>
  );
}
