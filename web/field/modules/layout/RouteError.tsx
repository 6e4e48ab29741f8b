import { Button, ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** A page failed to render: say so in the worker's language; what was queued and typed is safe in IndexedDB. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <ErrorBlock status="default" fullPage title={t('common.pageFailed')} description={t('common.pageFailedHint')}>
      <div className="muted route-error-detail">{error instanceof Error ? error.message : String(error)}</div>
      <Button color="primary" onClick={() => window.location.reload()}>{t('common.reload')}</Button>
    </ErrorBlock>
  );
}
