import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../lib/format.ts';

/** Whether more is bad news (cases, events), good news (cured) or neither. */
export type Meaning = 'upIsBad' | 'upIsGood' | 'neutral';

function tone(change: number, meaning: Meaning): 'bad' | 'good' | 'flat' {
  if (change === 0 || meaning === 'neutral') return 'flat';
  return (change > 0) === (meaning === 'upIsBad') ? 'bad' : 'good';
}

/** A change with its arrow, red when it is bad news and green when good; 持平 when nothing moved. */
export function ChangeTag({ change, meaning, 'data-testid': testId }: { change: number; meaning: Meaning; 'data-testid'?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <span className={`change change-${tone(change, meaning)}`} data-testid={testId} data-value={change}>
      {change === 0
        ? t('overview.unchanged')
        : <>{change > 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {formatCount(Math.abs(change), i18n.language)}</>}
    </span>
  );
}
