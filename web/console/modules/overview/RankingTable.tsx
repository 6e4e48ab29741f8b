import { Progress, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HighIncidencePanel } from '../../../../common/contracts/dashboard.ts';
import { openableRow } from '../lists/table-rows.ts';
import { ChangeTag } from './ChangeTag.tsx';
import { CountLink } from './CountLink.tsx';
import { useListLinks } from './list-links.ts';
import { RegionName } from './RegionName.tsx';
import type { Drill } from './use-view.ts';

type Ranking = HighIncidencePanel;
type Category = Ranking['categories'][number];
type Ranked = Category['regions'][number];

interface Props {
  ranking: Ranking;
  shown: Category;
  /** None at grid level, where the one row is the grid itself. */
  drill: Drill | null;
}

/** One category's regions, most events first, each against the period before; a count opens those events. */
export function RankingTable({ ranking, shown, drill }: Props) {
  const { t } = useTranslation();
  const linkTo = useListLinks();
  const { category } = shown;
  const current = { from: ranking.from, to: ranking.to };
  const previous = { from: ranking.previousFrom, to: ranking.previousTo };
  const top = Math.max(1, ...shown.regions.map((x) => x.count));
  const columns: TableColumnsType<Ranked> = [
    { title: t('overview.highIncidence.rank'), key: 'rank', width: 56, align: 'center', render: (_, __, i) => <span className={`rank rank-${i + 1}`}>{i + 1}</span> },
    { title: t('overview.highIncidence.region'), key: 'region', ellipsis: true, render: (_, x) => <RegionName code={x.region.code} name={x.region.name} drill={drill} /> },
    {
      title: t('overview.highIncidence.count'), key: 'count', width: 200,
      render: (_, x) => (
        <div className="rank-bar">
          <Progress percent={(x.count / top) * 100} showInfo={false} size="small" strokeColor="#e8453c" />
          <CountLink value={x.count} link={linkTo('events', { region: x.region.code, category, ...current })} data-testid="overview-rank-count" />
        </div>
      ),
    },
    { title: t('overview.highIncidence.previous'), key: 'previous', width: 80, align: 'right', render: (_, x) => <CountLink value={x.previous} link={linkTo('events', { region: x.region.code, category, ...previous })} /> },
    { title: t('overview.highIncidence.change'), key: 'change', width: 90, align: 'right', render: (_, x) => <ChangeTag change={x.count - x.previous} meaning="upIsBad" /> },
  ];
  return (
    <>
      <div className="rank-summary">
        <span>{t('overview.highIncidence.current', { from: ranking.from.slice(5), to: ranking.to.slice(5) })}</span>
        <CountLink value={shown.total} link={linkTo('events', { region: ranking.region.code, category, ...current })} className="count-strong" data-testid="overview-rank-total" />
        <span>{t('overview.highIncidence.before', { from: ranking.previousFrom.slice(5), to: ranking.previousTo.slice(5) })}</span>
        <CountLink value={shown.previousTotal} link={linkTo('events', { region: ranking.region.code, category, ...previous })} />
        <ChangeTag change={shown.total - shown.previousTotal} meaning="upIsBad" />
      </div>
      <Table<Ranked>
        rowKey={(x) => x.region.code}
        size="small"
        columns={columns}
        dataSource={shown.regions}
        pagination={false}
        scroll={{ y: 300 }}
        rowClassName={drill ? 'clickable-row' : ''}
        onRow={(x) => (drill ? openableRow('overview-rank-row', () => drill.show(x.region.code)) : {})}
        locale={{ emptyText: t('overview.highIncidence.none') }}
        data-testid="overview-ranking"
      />
    </>
  );
}
