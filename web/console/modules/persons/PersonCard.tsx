import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../common/contracts/field.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCan } from '../auth/session.ts';
import { bornText } from '../field/age.ts';
import { term } from '../field/labels.ts';
import type { Revealed } from './queries.ts';
import { RevealModal } from './RevealModal.tsx';
import { DETAIL_COLUMNS } from '../../ui/detail-columns.ts';
import { GridName } from '../../ui/GridName.tsx';

/**
 * The person's facts, numbers masked and the birth date cut to its year. With pii.reveal the
 * full numbers and birth date can be asked for; they live in this component's state only, so
 * leaving the page (or pressing Hide) forgets them.
 */
export function PersonCard({ detail: { person: p } }: { detail: PersonDetail }) {
  const { t } = useTranslation();
  const can = useCan();
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [asking, setAsking] = useState(false);
  const none = <span className="text-muted">{t('field.notRecorded')}</span>;
  const number = (full: string | null | undefined, masked: string | null, testId: string) => {
    if (revealed) return full ? <span className="mono revealed-value" data-testid={testId}>{full}</span> : none;
    return masked ? <span className="mono" data-testid={testId}>{masked}</span> : none;
  };
  const revealable = can('pii.reveal') && (p.idNumberMasked !== null || p.phoneMasked !== null || p.birthYear !== null);
  const action = revealed
    ? <Button icon={<EyeInvisibleOutlined />} onClick={() => setRevealed(null)} data-testid="reveal-hide">{t('persons.hide')}</Button>
    : revealable && <Button type="primary" ghost icon={<EyeOutlined />} onClick={() => setAsking(true)} data-testid="reveal-button">{t('persons.reveal')}</Button>;

  return (
    <Card title={t('persons.info')} className="fill-card" extra={action}>
      <Descriptions
        bordered
        size="middle"
        column={DETAIL_COLUMNS}
        styles={{ label: { whiteSpace: 'nowrap', width: 120 } }}
        items={[
          { key: 'name', label: t('persons.name'), children: p.name },
          { key: 'sex', label: t('persons.sex'), children: term(t, 'sex', p.sex) || none },
          { key: 'idNumber', label: t('persons.idNumber'), children: number(revealed?.idNumber, p.idNumberMasked, 'person-id-number'), span: 2 },
          { key: 'phone', label: t('persons.phone'), children: number(revealed?.phone, p.phoneMasked, 'person-phone'), span: 2 },
          revealed
            ? { key: 'birthDate', label: t('persons.birthDate'), children: revealed.birthDate ? <span className="revealed-value" data-testid="person-birth">{revealed.birthDate}</span> : none }
            : { key: 'birthDate', label: t('personAge.column'), children: p.birthYear !== null ? <span data-testid="person-birth">{bornText(t, p.birthYear)}</span> : none },
          { key: 'relation', label: t('persons.relation'), children: term(t, 'relation', p.relation) || none },
          { key: 'grid', label: t('field.grid'), children: <GridName grid={p.grid} />, span: 2 },
          { key: 'createdAt', label: t('field.registeredAt'), children: formatDateTime(p.createdAt), span: 2 },
        ]}
        data-testid="person-facts"
      />
      {revealed && <Alert className="reveal-note" type="warning" showIcon title={t('persons.revealedNote')} data-testid="reveal-note" />}
      {asking && <RevealModal personId={p.id} onRevealed={setRevealed} onClose={() => setAsking(false)} />}
    </Card>
  );
}
