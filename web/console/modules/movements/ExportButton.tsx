import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { useMovementExport, type MovementFilters } from './queries.ts';

/** Excel of the list as filtered; the server masks names and audits the export, as the note says. */
export function ExportButton({ filters }: { filters: MovementFilters }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exporter = useMovementExport();
  return (
    <div className="export-box">
      <Button
        type="primary"
        icon={<DownloadOutlined />}
        loading={exporter.isPending}
        onClick={() => exporter.mutate(filters, {
          onSuccess: (name) => void message.success(t('movements.exported', { name })),
          onError: (error) => void message.error(isApiError(error) && error.fields.region === 'TOO_MANY_ROWS' ? t('movements.exportTooMany') : errorText(t, error)),
        })}
        data-testid="movements-export"
      >
        {t('movements.export')}
      </Button>
      <div className="export-note">{t('movements.exportNote')}</div>
    </div>
  );
}
