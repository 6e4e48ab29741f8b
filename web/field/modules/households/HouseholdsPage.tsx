import { Button, ErrorBlock, InfiniteScroll, List, SearchBar, Skeleton } from 'antd-mobile';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useOutbox, useSynced } from '../../offline/hooks.ts';
import { Icon } from '../../ui/icons.tsx';
import { LocalTag } from '../../ui/LocalTag.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { TabHeader } from '../layout/TabHeader.tsx';
import { mergeHouseholds } from './local.ts';
import { useHouseholdList } from './queries.ts';

export function HouseholdsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [q, setQ] = useState('');
  const list = useHouseholdList(q);
  const outbox = useOutbox(me.id);
  const synced = useSynced(me.id);
  const server = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const rows = useMemo(() => mergeHouseholds(server, outbox.items, synced, q), [server, outbox.items, synced, q]);
  const total = list.data?.pages[0]?.total;

  return (
    <div className="tab-page" data-testid="households-page">
      <TabHeader title={t('households.title')} />
      <div className="search-row">
        <SearchBar placeholder={t('households.search')} onSearch={setQ} onClear={() => setQ('')} data-testid="households-search" />
        <Button color="primary" size="small" onClick={() => void navigate('/households/new')} data-testid="household-new">
          <Icon name="plus" size={16} /> {t('households.new')}
        </Button>
      </div>
      {total !== undefined && <div className="list-meta">{t('households.total', { count: total })}</div>}
      {list.isError && server.length === 0 && (
        <ErrorBlock status="disconnected" title={t('households.offlineNoList')} description={errorText(t, list.error)} className="inline-error" />
      )}
      {list.isPending && rows.length === 0 ? (
        <Skeleton.Paragraph lineCount={6} animated />
      ) : rows.length === 0 && !list.isError ? (
        <ErrorBlock status="empty" title={q ? t('households.noMatch') : t('households.empty')} description={t('households.emptyHint')} />
      ) : (
        <List className="household-list">
          {rows.map((row) => (
            <List.Item
              key={row.id}
              onClick={() => void navigate(`/households/${row.id}`)}
              description={
                <span>
                  {t('households.members', { count: row.memberCount })}
                  {' · '}
                  {row.lastVisitAt ? t('households.lastVisit', { time: formatDateTime(row.lastVisitAt) }) : t('households.neverVisited')}
                </span>
              }
              extra={row.local && <LocalTag state={row.local} />}
              data-testid="household-row"
              data-id={row.id}
            >
              {row.address}
            </List.Item>
          ))}
        </List>
      )}
      {server.length > 0 && <InfiniteScroll loadMore={async () => { await list.fetchNextPage(); }} hasMore={list.hasNextPage} />}
    </div>
  );
}
