import { Button, Card, List, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { HouseholdMatch } from '../../../../common/contracts/field.ts';
import { resubmit, adoptExistingHousehold } from '../../offline/outbox.ts';
import type { OutboxItemOf } from '../../offline/outbox-types.ts';

/**
 * The server refused a queued household because the grid has one at that address: the worker
 * moves what they recorded for it to the existing household, or sends it again as a second one.
 */
export function ExistingHouseholdCard({ item, existing, done }: { item: OutboxItemOf<'household'>; existing: HouseholdMatch; done(existingId?: string): void }) {
  const { t } = useTranslation();
  const moveToExisting = async () => {
    const moved = await adoptExistingHousehold(item.id, existing.id);
    Toast.show({ content: moved > 0 ? t('sameAddress.usedExisting', { count: moved }) : t('sameAddress.usedExistingAlone') });
    done(existing.id);
  };
  const keepBoth = async () => {
    await resubmit(item.id, { ...item.payload, confirmDuplicate: true });
    Toast.show({ content: t('sameAddress.sentAgain') });
    done();
  };
  return (
    <Card className="detail-card" title={t('sameAddress.existingTitle')} data-testid="existing-household">
      <List>
        <List.Item extra={existing.address}>{t('household.address')}</List.Item>
        <List.Item extra={existing.headName ?? '—'}>{t('sameAddress.headLabel')}</List.Item>
        <List.Item extra={existing.memberCount}>{t('sameAddress.memberCount')}</List.Item>
        <List.Item extra={existing.grid.name}>{t('household.grid')}</List.Item>
      </List>
      <div className="muted">{t('sameAddress.queueHint')}</div>
      <div className="stacked-actions">
        <Button block color="primary" fill="outline" onClick={() => void moveToExisting()} data-testid="use-existing-household">{t('sameAddress.useExisting')}</Button>
        <Button block fill="none" color="primary" onClick={() => void keepBoth()} data-testid="keep-both-households">{t('sameAddress.keepBoth')}</Button>
      </div>
    </Card>
  );
}
