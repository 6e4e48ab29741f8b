import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { EXPORT_PANEL, type ExportPanel } from '../../../../common/briefing/panels.ts';
import { errorText } from '../../../lib/errors.ts';
import { useCan } from '../auth/session.ts';
import { usePanelDownload, type PanelExportQuery } from './queries.ts';

interface Props {
  panel: ExportPanel;
  /** The query the panel itself was fetched with (region, and day or from/to), so the file matches the screen. */
  query: PanelExportQuery;
}

/**
 * A small button for a panel header's `extra` slot: downloads the panel as Excel. Renders
 * nothing for users who may not export, so a panel can always include it.
 */
export function ExportButton({ panel, query }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const exporter = usePanelDownload(panel);
  if (!can('dashboard.export')) return null;
  const name = EXPORT_PANEL.labels[panel][i18n.language === 'en' ? 'en' : 'zh'];
  return (
    <Tooltip title={t('briefing.exportTip', { panel: name })}>
      <Button
        size="small"
        type="text"
        icon={<DownloadOutlined />}
        loading={exporter.isPending}
        onClick={() => exporter.mutate(query, {
          onSuccess: (file) => void message.success(t('briefing.downloaded', { name: file })),
          onError: (error) => void message.error(errorText(t, error)),
        })}
        data-testid={`export-${panel}`}
      >
        {t('briefing.export')}
      </Button>
    </Tooltip>
  );
}
