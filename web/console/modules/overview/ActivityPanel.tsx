import { Empty, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Ticker } from '../../../../common/contracts/dashboard.ts';
import type { CaseStatus } from '../../../../common/cases/vocabulary.ts';
import type { WarningLevel } from '../../../../common/declarations/vocabulary.ts';
import type { EventCategory, OriginCategory } from '../../../../common/field/vocabulary.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { term } from '../field/labels.ts';
import { declTerm } from '../vital-signs/terms.ts';
import { useListLinks, type LinkToList } from './list-links.ts';
import { Panel, type PanelProps } from './Panel.tsx';
import { useTicker, type Poll } from './queries.ts';
import type { OverviewView } from './view.ts';

type Item = Ticker['items'][number];

const KIND_COLORS: Record<Item['kind'], string> = { event: 'orange', warning: 'red', arrival: 'blue', case: 'magenta' };

/** What the item's label code means: an event category, a warning level, an origin or a case status. */
function labelOf(t: TFunction, item: Item): string {
  switch (item.kind) {
    case 'event': return term(t, 'eventCategory', item.label);
    case 'warning': return declTerm(t, 'warningLevel', item.label);
    case 'arrival': return t('overview.activity.arrivalFrom', { origin: term(t, 'originCategory', item.label) });
    case 'case': return term(t, 'caseStatus', item.label);
  }
}

/** The list the item belongs to, narrowed to its grid and its kind. */
function linkOf(linkTo: LinkToList, item: Item) {
  const region = item.region.code;
  switch (item.kind) {
    case 'event': return linkTo('events', { region, category: item.label as EventCategory });
    case 'warning': return linkTo('warnings', { region, level: item.label as WarningLevel });
    case 'arrival': return linkTo('movements', { region, direction: 'arrival', category: item.label as OriginCategory });
    case 'case': return linkTo('cases', { region, status: item.label as CaseStatus });
  }
}

/** 最新动态: the newest events, warnings, arrivals and case changes of the region; each opens its list. */
export function ActivityPanel({ view, poll, extra }: PanelProps & { view: OverviewView; poll: Poll }) {
  const { t } = useTranslation();
  const linkTo = useListLinks();
  const query = useTicker(view, poll);
  const items = query.data?.items ?? [];
  return (
    <Panel name="activity" title={t('overview.activity.title')} extra={extra} query={query}>
      {items.length === 0
        ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.activity.none')} />
        : (
          <ul className="activity-list" data-testid="overview-activity">
            {items.map((item, i) => {
              const link = linkOf(linkTo, item);
              const body = (
                <>
                  <Tag color={KIND_COLORS[item.kind]} className="activity-kind">{t(`overview.activity.kind.${item.kind}`)}</Tag>
                  <span className="activity-text">
                    <span className="activity-label">{labelOf(t, item)}</span>
                    <span className="activity-place">{item.path ? `${item.path} › ` : ''}{item.region.name}</span>
                  </span>
                  <time className="activity-time" dateTime={item.at}>{formatDateTime(item.at).slice(5)}</time>
                </>
              );
              return (
                <li key={`${item.kind}-${item.at}-${i}`} data-testid="overview-activity-item">
                  {link ? <Link to={link.pathname} state={link.state} className="activity-row">{body}</Link> : <div className="activity-row">{body}</div>}
                </li>
              );
            })}
          </ul>
        )}
    </Panel>
  );
}
