import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/session.ts';

export function WelcomeCard() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const today = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full' }).format(new Date());
  return (
    <Card className="welcome-card" variant="borderless" data-testid="welcome-card">
      <div className="welcome-icon"><SafetyCertificateOutlined /></div>
      <div className="welcome-text">
        <div className="welcome-title">{t('home.welcome', { name: me.displayName })}</div>
        <div className="welcome-meta">
          <Tag color="gold" variant="solid">{t(`role.${me.role}`)}</Tag>
          <span>{t('home.boundTo', { path: me.regionChain.map((r) => r.name).join(' / ') })}</span>
          <span className="welcome-dot">·</span>
          <span>{t('home.account', { username: me.username })}</span>
        </div>
      </div>
      <div className="welcome-date">{today}</div>
    </Card>
  );
}
