import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { FilterBar } from '../lists/FilterBar.tsx';
import { actionLabel, KNOWN_ACTIONS } from './audit-labels.ts';
import { AuditTable } from './AuditTable.tsx';
import { ChainVerificationResult, VerifyChainButton } from './ChainVerification.tsx';
import { useAuditLog, useChainVerification, type AuditFilters } from './queries.ts';

export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useAuditLog(filters);
  const verification = useChainVerification();
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageTitle title={t('audit.title')} hint={t('audit.hint')} extra={<VerifyChainButton verification={verification} />} />
      <ChainVerificationResult verification={verification} />
      <Card>
        {/* Both filters match exactly on the server, so the action field suggests the known names. */}
        <FilterBar list={{ filters, setFilters, error: log.error }} testId="audit" fields={[
          {
            kind: 'text', key: 'action', maxLength: 60, placeholder: t('audit.filterAction'), width: 260, testId: 'audit-action-filter',
            suggestions: KNOWN_ACTIONS.map((a) => ({ value: a, label: `${actionLabel(t, a)}（${a}）` })),
          },
          { kind: 'text', key: 'actor', maxLength: 40, placeholder: t('audit.filterActor'), width: 200, testId: 'audit-actor-filter' },
        ]} />
        <AuditTable list={{ rows: entries, loading: log.isPending || (log.isFetching && !log.isFetchingNextPage) }} />
        <div className="load-more">
          {log.hasNextPage
            ? <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage} data-testid="audit-load-more">{t('audit.loadMore')}</Button>
            : entries.length > 0 && <span className="text-muted">{t('audit.allLoaded', { count: entries.length })}</span>}
        </div>
      </Card>
    </>
  );
}
