import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n.ts';

/** Toggles between Chinese and English; the button names the language it switches to. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { i18n } = useTranslation();
  const english = currentLanguage(i18n) === 'en';
  return (
    <Button
      type="text"
      className={className}
      icon={<GlobalOutlined />}
      onClick={() => void i18n.changeLanguage(english ? 'zh-CN' : 'en')}
      data-testid="language-switch"
      lang={english ? 'zh-CN' : 'en'}
      title={english ? '中文' : 'English'}
    >
      <span className="app-header-label">{english ? '中文' : 'English'}</span>
    </Button>
  );
}
