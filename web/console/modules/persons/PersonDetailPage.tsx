import { ArrowLeftOutlined, EyeInvisibleOutlined, EyeOutlined, HomeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Empty, Result, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PersonDetail } from '../../../../common/contracts/field.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { term } from '../field/labels.ts';
import { HouseholdDrawer, HouseholdFacts } from '../households/HouseholdDrawer.tsx';
import { MovementTimeline } from './MovementTimeline.tsx';
import { useCan } from '../auth/session.ts';
import { usePersonDetail, type Revealed } from './queries.ts';
import { RevealModal } from './RevealModal.tsx';

/** /persons/:id. Keyed by the id, so moving to another person starts hidden again. */
export function PersonDetailPage() {
  const { id = '' } = useParams();
  return <PersonDetailView key={id} id={id} />;
}

function PersonDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const detail = usePersonDetail(id);
  const back = <Link to="/persons"><Button icon={<ArrowLeftOutlined />} data-testid="person-back">{t('persons.backToList')}</Button></Link>;

  if (detail.isPending) return <Card><Skeleton active /></Card>;
  if (detail.isError) {
    return <Result status="warning" title={errorText(t, detail.error)} extra={back} />;
  }
  const { person, household, movements } = detail.data;
  return (
    <>
      <PageTitle title={<span data-testid="person-full-name">{person.name}</span>} hint={t('persons.detailHint', { grid: person.grid.name })} extra={back} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <PersonCard detail={detail.data} />
        </Col>
        <Col xs={24} xl={10}>
          <HouseholdCard household={household} />
        </Col>
        <Col span={24}>
          <Card title={t('persons.movements', { count: movements.length })}>
            <MovementTimeline movements={movements} />
          </Card>
        </Col>
      </Row>
    </>
  );
}

/**
 * The person's facts, numbers masked. With pii.reveal the full numbers can be asked for; they
 * live in this component's state only, so leaving the page (or pressing Hide) forgets them.
 */
function PersonCard({ detail: { person: p } }: { detail: PersonDetail }) {
  const { t } = useTranslation();
  const can = useCan();
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [asking, setAsking] = useState(false);
  const none = <span className="text-muted">{t('field.notRecorded')}</span>;
  const number = (full: string | null | undefined, masked: string | null, testId: string) => {
    if (revealed) return full ? <span className="mono revealed-value" data-testid={testId}>{full}</span> : none;
    return masked ? <span className="mono" data-testid={testId}>{masked}</span> : none;
  };
  const revealable = can('pii.reveal') && (p.idNumberMasked !== null || p.phoneMasked !== null);
  const action = revealed
    ? <Button icon={<EyeInvisibleOutlined />} onClick={() => setRevealed(null)} data-testid="reveal-hide">{t('persons.hide')}</Button>
    : revealable && <Button type="primary" ghost icon={<EyeOutlined />} onClick={() => setAsking(true)} data-testid="reveal-button">{t('persons.reveal')}</Button>;

  return (
    <Card title={t('persons.info')} className="fill-card" extra={action}>
      <Descriptions
        bordered
        size="middle"
        column={2}
        styles={{ label: { whiteSpace: 'nowrap', width: 120 } }}
        items={[
          { key: 'name', label: t('persons.name'), children: p.name },
          { key: 'sex', label: t('persons.sex'), children: term(t, 'sex', p.sex) || none },
          { key: 'idNumber', label: t('persons.idNumber'), children: number(revealed?.idNumber, p.idNumberMasked, 'person-id-number'), span: 2 },
          { key: 'phone', label: t('persons.phone'), children: number(revealed?.phone, p.phoneMasked, 'person-phone'), span: 2 },
          { key: 'birthDate', label: t('persons.birthDate'), children: p.birthDate ?? none },
          { key: 'relation', label: t('persons.relation'), children: term(t, 'relation', p.relation) || none },
          { key: 'grid', label: t('field.grid'), children: <span>{p.grid.name} <span className="mono text-muted">{p.grid.code}</span></span>, span: 2 },
          { key: 'createdAt', label: t('field.registeredAt'), children: formatDateTime(p.createdAt), span: 2 },
        ]}
        data-testid="person-facts"
      />
      {revealed && <Alert className="reveal-note" type="warning" showIcon title={t('persons.revealedNote')} data-testid="reveal-note" />}
      {asking && <RevealModal personId={p.id} onRevealed={setRevealed} onClose={() => setAsking(false)} />}
    </Card>
  );
}

function HouseholdCard({ household }: { household: PersonDetail['household'] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Card
      title={t('persons.household')}
      className="fill-card"
      extra={household && <Button type="link" icon={<HomeOutlined />} onClick={() => setOpen(true)} data-testid="person-open-household">{t('persons.openHousehold')}</Button>}
    >
      {household
        ? <HouseholdFacts household={household} compact />
        : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('persons.noHousehold')} />}
      {household && <HouseholdDrawer id={open ? household.id : null} onClose={() => setOpen(false)} />}
    </Card>
  );
}
