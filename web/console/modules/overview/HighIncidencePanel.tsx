import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HighIncidencePanel as Ranking } from '../../../../common/contracts/dashboard.ts';
import type { EventCategory } from '../../../../common/field/vocabulary.ts';
import { GRID_LEVEL } from '../../../../common/regions/codes.ts';
import { formatCount } from '../../../lib/format.ts';
import { term } from '../field/labels.ts';
import { Panel, type PanelProps } from './Panel.tsx';
import { useHighIncidence, type Poll } from './queries.ts';
import { RankingTable } from './RankingTable.tsx';
import type { Drill } from './use-view.ts';
import type { OverviewView } from './view.ts';

interface Props extends PanelProps {
  view: OverviewView;
  poll: Poll;
  drill: Drill;
}

/** The category shown first: the one with the most events in the period (the first when all are quiet). */
function busiest(ranking: Ranking): EventCategory | undefined {
  return [...ranking.categories].sort((a, b) => b.total - a.total)[0]?.category;
}

/**
 * 高发案件: for an event category picked in the header, the regions one level down ranked by
 * events in the period, against the period of the same length before.
 */
export function HighIncidencePanel({ view, poll, drill, extra }: Props) {
  const { t, i18n } = useTranslation();
  const query = useHighIncidence(view, poll);
  const ranking = query.data;
  const [picked, setPicked] = useState<EventCategory | null>(null);
  const category = picked ?? (ranking ? busiest(ranking) : undefined);
  const shown = ranking?.categories.find((c) => c.category === category);

  const controls = ranking && (
    <Select<EventCategory>
      size="small"
      value={category}
      onChange={setPicked}
      options={ranking.categories.map((c) => ({ value: c.category, label: `${term(t, 'eventCategory', c.category)}（${formatCount(c.total, i18n.language)}）` }))}
      popupMatchSelectWidth={false}
      style={{ width: 200 }}
      data-testid="overview-category"
    />
  );
  return (
    <Panel name="highIncidence" title={t('overview.highIncidence.title')} controls={controls} extra={extra} query={query}>
      {ranking && shown && <RankingTable ranking={ranking} shown={shown} drill={ranking.region.level < GRID_LEVEL ? drill : null} />}
    </Panel>
  );
}
