import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { addDays, daysBetween } from '../../../../common/time.ts';

const DAY = 'YYYY-MM-DD';

interface Props {
  from: string;
  to: string;
  /** The latest day that may be picked (today, in China). */
  today: string;
  /** Longest range, in days, both ends included. */
  maxDays: number;
  onChange: (range: { from: string; to: string }) => void;
  /** Quick picks, each the last `days` days up to today; by default 7, 14, 30 and 90 days. */
  presets?: readonly { label: string; days: number }[];
  'data-testid'?: string;
}

/**
 * A closed range of China days, at most `maxDays` long and not in the future, with quick
 * picks for the usual windows. Unlike the list filters' range, both ends are required: a
 * chart needs a start and an end.
 */
export function DayRangePicker({ from, to, today, maxDays, onChange, presets, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const last = (days: number): [Dayjs, Dayjs] => [dayjs(addDays(today, 1 - days), DAY), dayjs(today, DAY)];
  const quick = presets ?? [
    { label: t('vital.last7'), days: 7 },
    { label: t('vital.last14'), days: 14 },
    { label: t('vital.last30'), days: 30 },
    { label: t('vital.last90'), days: 90 },
  ];
  return (
    <span data-testid={testId}>
      <DatePicker.RangePicker
        value={[dayjs(from, DAY), dayjs(to, DAY)]}
        format={DAY}
        allowClear={false}
        onChange={(range) => {
          if (range?.[0] && range[1]) onChange({ from: range[0].format(DAY), to: range[1].format(DAY) });
        }}
        disabledDate={(day, info) => {
          const picked = day.format(DAY);
          if (picked > today) return true;
          const anchor = info.from?.format(DAY);
          return anchor !== undefined && Math.abs(daysBetween(anchor, picked)) >= maxDays;
        }}
        presets={quick.map((p) => ({ label: p.label, value: last(p.days) }))}
        style={{ width: 260 }}
      />
    </span>
  );
}
