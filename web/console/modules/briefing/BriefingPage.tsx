import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Space, Spin } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { chinaDate } from '../../../../common/time.ts';
import { errorText } from '../../../lib/errors.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { ListError } from '../lists/ListError.tsx';
import { RegionFilter } from '../lists/RegionFilter.tsx';
import { BriefingDocument } from './BriefingDocument.tsx';
import { useBriefing, useBriefingDownload, type BriefingFilters } from './queries.ts';
import './briefing.css';

const DAY = 'YYYY-MM-DD';

/**
 * `/briefing?region=&day=`: 日报 for a day and region, laid out as A4 pages to print, and the
 * same as an Excel workbook. The choice lives in the address, so a briefing can be linked.
 */
export function BriefingPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const today = chinaDate(new Date());
  const filters: BriefingFilters = { region: search.get('region') ?? undefined, day: search.get('day') ?? today };
  const briefing = useBriefing(filters);
  const exporter = useBriefingDownload();
  const change = (next: BriefingFilters) => setSearch(Object.entries(next).filter(([, v]) => v) as [string, string][], { replace: true });

  return (
    <div className="briefing-screen">
      <div className="briefing-toolbar">
        <PageTitle
          title={t('briefing.title')}
          hint={t('briefing.hint', { region: me.region.name })}
          extra={(
            <Space>
              <Button icon={<PrinterOutlined />} disabled={!briefing.data} onClick={() => window.print()} data-testid="briefing-print">{t('briefing.print')}</Button>
              <Button
                type="primary"
                icon={<DownloadOutlined />}
                loading={exporter.isPending}
                onClick={() => exporter.mutate(filters, {
                  onSuccess: (name) => void message.success(t('briefing.downloaded', { name })),
                  onError: (error) => void message.error(errorText(t, error)),
                })}
                data-testid="briefing-download"
              >
                {t('briefing.download')}
              </Button>
            </Space>
          )}
        />
        <Space wrap>
          <RegionFilter value={filters.region} onChange={(region) => change({ ...filters, region })} data-testid="briefing-region" />
          <DatePicker
            value={dayjs(filters.day, DAY)}
            format={DAY}
            allowClear={false}
            disabledDate={(d) => d.format(DAY) > today}
            onChange={(d) => d && change({ ...filters, day: d.format(DAY) })}
            data-testid="briefing-day"
          />
          <span className="text-muted">{t('briefing.printHint')}</span>
        </Space>
      </div>
      <ListError error={briefing.error} />
      {briefing.data
        ? <div className="briefing-sheet"><Spin spinning={briefing.isFetching} delay={300}><BriefingDocument briefing={briefing.data} by={me.displayName} /></Spin></div>
        : !briefing.isError && <div className="briefing-loading"><Spin /></div>}
    </div>
  );
}
