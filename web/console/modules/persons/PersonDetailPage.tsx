import { ArrowLeftOutlined, HomeOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Result, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PersonDetail } from '../../../../common/contracts/field.ts';
import { errorText } from '../../../lib/errors.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { HouseholdDrawer, HouseholdFacts } from '../households/HouseholdDrawer.tsx';
import { MovementTimeline } from './MovementTimeline.tsx';
import { PersonCard } from './PersonCard.tsx';
import { usePersonDetail } from './queries.ts';

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
