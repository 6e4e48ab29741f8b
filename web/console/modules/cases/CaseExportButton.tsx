import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { useCaseExport, type CaseFilters } from './queries.ts';

/** Excel of the list as filtered; the server masks personal data and audits the export. */
export function CaseExportButton({ filters }: { filters: CaseFilters }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exporter = useCaseExport();
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={exporter.isPending}
      onClick={() => exporter.mutate(filters, {
        onSuccess: (name) => void message.success(t('cases.exported', { name })),
        onError: (error) => void message.error(isApiError(error) && error.fields.region === 'TOO_MANY_ROWS' ? t('movements.exportTooMany') : errorText(t, error)),
      })}
      title={t('cases.exportNote')}
      data-testid="cases-export"
    >
      {t('cases.export')}
    </Button>
  );
}
