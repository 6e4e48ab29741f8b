import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors.ts';

/**
 * What a record's place shows until its query has succeeded: a skeleton while it loads, the
 * error in the reader's language when it failed. Callers render their data once `isSuccess`.
 */
export function QueryProblem({ query, rows }: { query: UseQueryResult<unknown>; rows?: number }) {
  const { t } = useTranslation();
  if (query.isError) return <Alert type="error" showIcon title={errorText(t, query.error)} />;
  return <Skeleton active {...(rows ? { paragraph: { rows } } : {})} />;
}
