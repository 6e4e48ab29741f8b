import { Dialog } from 'antd-mobile';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { VERIFICATION_OUTCOME } from '../../../../common/declarations/vocabulary.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { isAlreadyVerified } from '../../offline/outbox-types.ts';
import { syncEngine } from '../../offline/sync-engine.ts';

/**
 * A queued verification that met ALREADY_VERIFIED: someone verified the warning first. The
 * worker is told who and with what outcome, at once (the warning's page keeps saying so).
 * Their own earlier try whose answer was lost (same name, same outcome) is no news.
 */
export function useWarningNotices(myName: string | undefined): void {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    if (!myName) return;
    return syncEngine.onCompleted((item, result) => {
      if (item.kind !== 'warningVerify' || !isAlreadyVerified(result)) return;
      const theirs = result.warning;
      if (theirs && theirs.verifiedBy === myName && theirs.outcome === item.payload.outcome) return;
      const en = currentLanguage(i18n) === 'en';
      const label = (code: keyof typeof VERIFICATION_OUTCOME.labels | null | undefined) => (code ? VERIFICATION_OUTCOME.labels[code][en ? 'en' : 'zh'] : '');
      const name = theirs?.name ?? item.payload.warning.name;
      void Dialog.alert({
        title: t('warnings.conflictTitle', { name }),
        content: theirs?.verifiedBy
          ? t('warnings.conflict', { who: theirs.verifiedBy, outcome: label(theirs.outcome), mine: label(item.payload.outcome) })
          : t('warnings.conflictUnknown', { mine: label(item.payload.outcome) }),
        confirmText: t('common.confirm'),
      });
    });
  }, [myName, t, i18n]);
}
