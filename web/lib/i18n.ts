import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sharedMessages } from './shared-messages.ts';

const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'epigrid.language';

function storedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if ((LANGUAGES as readonly string[]).includes(saved ?? '')) return saved as Language;
  } catch {
    // Storage can be blocked (private mode, policies): Chinese is the platform's language.
  }
  return 'zh-CN';
}

/** An app's i18next instance: Chinese unless the user chose English before; the choice persists. */
export function createI18n(messages: Record<Language, Record<string, unknown>>): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: { ...sharedMessages('zh'), ...messages['zh-CN'] } },
      en: { translation: { ...sharedMessages('en'), ...messages.en } },
    },
    lng: storedLanguage(),
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    // Resources are bundled: initialise synchronously so the first render is already translated.
    initAsync: false,
  });
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // Not remembered; the switch still applies to this page.
    }
  });
  document.documentElement.lang = instance.language;
  return instance;
}

export function currentLanguage(instance: I18n): Language {
  return instance.language === 'en' ? 'en' : 'zh-CN';
}
