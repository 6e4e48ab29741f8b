import { Dialog } from 'antd-mobile';
import type { TFunction } from 'i18next';
import type { AddressMatch } from './same-address.ts';

export type SameAddressChoice = 'open' | 'create' | 'cancel';

/**
 * The grid already has a household at this address: the worker opens it (most often what they
 * meant), registers a second one on purpose (two families behind one door number), or goes back.
 */
export function askAboutSameAddress(t: TFunction, matches: readonly AddressMatch[]): Promise<SameAddressChoice> {
  return new Promise((resolve) => {
    Dialog.show({
      title: t('sameAddress.title'),
      content: (
        <div data-testid="same-address-dialog">
          <div className="muted">{t('sameAddress.hint')}</div>
          {matches.map((m) => (
            <div key={m.id} className="same-address-match" data-testid="same-address-match">
              <div className="same-address-line">{m.address}</div>
              <div className="muted">
                {[m.headName ? t('sameAddress.head', { name: m.headName }) : null, t('sameAddress.members', { count: m.memberCount }), m.local ? t(`local.${m.local}`) : null]
                  .filter(Boolean).join(' · ')}
              </div>
            </div>
          ))}
        </div>
      ),
      closeOnAction: true,
      onClose: () => resolve('cancel'),
      actions: [
        { key: 'open', text: <span data-testid="same-address-open">{t('sameAddress.open')}</span>, bold: true, onClick: () => resolve('open') },
        { key: 'create', text: <span data-testid="same-address-create">{t('sameAddress.create')}</span>, onClick: () => resolve('create') },
        { key: 'cancel', text: <span data-testid="same-address-cancel">{t('common.cancel')}</span>, onClick: () => resolve('cancel') },
      ],
    });
  });
}
