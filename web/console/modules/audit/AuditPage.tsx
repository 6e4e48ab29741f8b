import { Alert, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errors.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { AuditFiltersBar } from './AuditFiltersBar.tsx';
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
        <AuditFiltersBar onApply={setFilters} />
        {log.isError && <Alert className="filter-feedback" type="error" showIcon title={errorText(t, log.error)} />}
        <AuditTable entries={entries} loading={log.isPending || (log.isFetching && !log.isFetchingNextPage)} />
        <div className="load-more">
          {log.hasNextPage
            ? <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage} data-testid="audit-load-more">{t('audit.loadMore')}</Button>
            : entries.length > 0 && <span className="text-muted">{t('audit.allLoaded', { count: entries.length })}</span>}
        </div>
      </Card>
    </>
  );
}
