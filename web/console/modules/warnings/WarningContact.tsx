import { PhoneOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errors.ts';
import { fetchWarningContact } from './queries.ts';

/**
 * The declarant's masked number, and a button that fetches the full one to call before a
 * visit. The server records every such look in the audit log; the number stays in this
 * component's state and is gone when the drawer closes.
 */
export function WarningContact({ id, masked }: { id: string; masked: string }) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const reveal = async () => {
    setPending(true);
    setError(null);
    try {
      setPhone((await fetchWarningContact(id)).phone);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };
  return (
    <div data-testid="warning-contact">
      <Space wrap>
        {phone
          ? <a href={`tel:${phone}`} className="revealed-value mono" data-testid="warning-phone">{phone}</a>
          : <span className="mono" data-testid="warning-phone-masked">{masked}</span>}
        {phone
          ? <Button size="small" onClick={() => setPhone(null)} data-testid="warning-phone-hide">{t('warnings.hidePhone')}</Button>
          : <Button size="small" icon={<PhoneOutlined />} loading={pending} onClick={() => void reveal()} data-testid="warning-phone-reveal">{t('warnings.showPhone')}</Button>}
      </Space>
      <div className="cell-sub">{phone ? t('warnings.phoneAudited') : t('warnings.phoneNotice')}</div>
      {error !== null && <Alert className="reveal-note" type="error" showIcon title={errorText(t, error)} data-testid="warning-phone-error" />}
    </div>
  );
}
