import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProgressCounts } from '../../../../common/contracts/instructions.ts';
import { ratesOf } from './progress.ts';

/** Read and done shares of the receipts, as two thin bars with their percentages. */
export function ProgressBars({ progress, testId }: { progress: ProgressCounts; testId?: string }) {
  const { t } = useTranslation();
  const rates = ratesOf(progress);
  return (
    <div className="progress-bars" data-testid={testId} data-read={progress.read} data-done={progress.done}>
      <div className="progress-bar-row">
        <span className="progress-bar-label">{t('instructions.readRate')}</span>
        <Progress percent={rates.read} size="small" strokeColor="#1a5cd1" format={(p) => `${p}%`} />
      </div>
      <div className="progress-bar-row">
        <span className="progress-bar-label">{t('instructions.doneRate')}</span>
        <Progress percent={rates.done} size="small" status="normal" strokeColor="#389e0d" format={(p) => `${p}%`} />
      </div>
    </div>
  );
}
