import { ErrorBlock, InfiniteScroll, List, Skeleton, Tabs } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorText } from '../../../lib/errors.ts';
import { useOnline } from '../../offline/hooks.ts';
import { PageShell } from '../../ui/PageShell.tsx';
import type { WarningStatus } from './local.ts';
import { WarningListItem } from './parts.tsx';
import { useNow, useWarningBoard, WARNING_TABS } from './queries.ts';

/** 体征预警: 待核实 / 已超时 / 已核实, the overdue ones red with the time past their deadline. */
export function WarningsPage() {
  const { t } = useTranslation();
  const online = useOnline();
  const now = useNow();
  const board = useWarningBoard();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('tab');
  const tab: WarningStatus = WARNING_TABS.includes(asked as WarningStatus) ? asked as WarningStatus : board.counts?.overdue ? 'overdue' : 'open';
  const list = board.lists[tab];
  const rows = board.tab(tab);
  const loaded = (list.data?.pages.length ?? 0) > 0;

  return (
    <PageShell title={t('warnings.title')} back="/" testId="warnings-page">
      <Tabs activeKey={tab} onChange={(key) => setSearch({ tab: key }, { replace: true })} className="warning-tabs">
        {WARNING_TABS.map((status) => {
          const count = board.counts?.[status];
          return (
            <Tabs.Tab
              key={status}
              title={
                <span data-testid={`warnings-tab-${status}`} className={status === 'overdue' && count ? 'danger' : ''}>
                  {t(`warnings.status.${status}`)}{count !== undefined ? ` ${count}` : ''}
                </span>
              }
            />
          );
        })}
      </Tabs>
      {!online && loaded && <div className="list-meta" data-testid="warnings-offline">{t('warnings.offlineCopy')}</div>}
      {list.isError && !loaded && rows.length === 0 && (
        <ErrorBlock status="disconnected" title={t('warnings.offlineNoList')} description={errorText(t, list.error)} className="inline-error" />
      )}
      {list.isPending && rows.length === 0 ? (
        <Skeleton.Paragraph lineCount={6} animated />
      ) : rows.length === 0 ? (
        !list.isError && <ErrorBlock status="empty" title={t(`warnings.empty.${tab}`)} description={tab === 'verified' ? '' : t('warnings.emptyHint')} />
      ) : (
        <List className="warning-list" data-testid="warning-list">
          {rows.map((row) => <WarningListItem key={row.view.id} row={row} now={now} />)}
        </List>
      )}
      {loaded && list.hasNextPage && <InfiniteScroll loadMore={async () => { await list.fetchNextPage(); }} hasMore={list.hasNextPage} />}
    </PageShell>
  );
}
