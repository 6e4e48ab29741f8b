import { Button, ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ErrorBlock status="empty" fullPage title={t('common.pageNotFound')} description="">
      <Button color="primary" onClick={() => void navigate('/', { replace: true })}>{t('common.backHome')}</Button>
    </ErrorBlock>
  );
}
