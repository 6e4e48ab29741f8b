import { DatePicker } from 'antd';
import dayjs from 'dayjs';
// The picker names weekdays and months through dayjs, in the locale antd's ConfigProvider names.
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';

export interface DayRange {
  from?: string;
  to?: string;
}

interface Props {
  value: DayRange;
  onChange: (range: DayRange) => void;
  'data-testid'?: string;
}

const DAY = 'YYYY-MM-DD';

/** A from–to pair of China calendar days (YYYY-MM-DD), either end open; no future days. */
export function DayRangeFilter({ value, onChange, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  return (
    <span data-testid={testId}>
      <DatePicker.RangePicker
        value={[value.from ? dayjs(value.from, DAY) : null, value.to ? dayjs(value.to, DAY) : null]}
        onChange={(_, [from, to]) => onChange({ from: from || undefined, to: to || undefined })}
        format={DAY}
        allowEmpty={[true, true]}
        disabledDate={(day) => day.isAfter(dayjs(), 'day')}
        placeholder={[t('field.from'), t('field.to')]}
        style={{ width: 260 }}
      />
    </span>
  );
}
