import { SafetyOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errors.ts';
import { useChainVerification } from './queries.ts';

export function VerifyChainButton({ verification }: { verification: ReturnType<typeof useChainVerification> }) {
  const { t } = useTranslation();
  return (
    <Button icon={<SafetyOutlined />} loading={verification.isPending} onClick={() => verification.mutate()} data-testid="audit-verify">
      {t('audit.verify')}
    </Button>
  );
}

/** The outcome of the last verification: intact, or where the chain breaks and why. */
export function ChainVerificationResult({ verification }: { verification: ReturnType<typeof useChainVerification> }) {
  const { t } = useTranslation();
  if (verification.isError) {
    return <Alert className="verify-result" type="error" showIcon title={errorText(t, verification.error)} data-testid="audit-verify-result" />;
  }
  const result = verification.data;
  if (!result) return null;
  return result.ok
    ? <Alert className="verify-result" type="success" showIcon title={t('audit.verifyOk', { count: result.checked })} data-testid="audit-verify-result" />
    : (
      <Alert
        className="verify-result"
        type="error"
        showIcon
        title={t('audit.verifyBroken', { seq: result.brokenAtSeq, checked: result.checked })}
        description={result.reason && t('audit.verifyReason', { reason: result.reason })}
        data-testid="audit-verify-result"
      />
    );
}
