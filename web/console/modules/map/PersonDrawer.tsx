import { IdcardOutlined, UserOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Empty, List, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Trajectory } from '../../../../common/contracts/map.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { ageText } from '../field/age.ts';
import { term } from '../field/labels.ts';
import { useHouseholdDetail } from '../households/queries.ts';
import { PersonCard } from '../persons/PersonCard.tsx';
import { usePersonDetail } from '../persons/queries.ts';
import { SideDrawer } from './SideDrawer.tsx';
import { QueryProblem } from '../../ui/QueryProblem.tsx';

interface Props {
  /** The person to show; null: closed. */
  id: string | null;
  /** Read by the page, which also draws it on the map. */
  trajectory: UseQueryResult<Trajectory>;
  onClose: () => void;
  /** Another member of the household. */
  onOpenPerson: (id: string) => void;
}

/**
 * A person opened from the map: their facts, who lives with them, and their trajectory, whose
 * numbers match the ones drawn on the map. It covers the list it was opened from, which shows
 * again on close.
 */
export function PersonDrawer({ id, trajectory, onClose, onOpenPerson }: Props) {
  const { t } = useTranslation();
  return (
    <SideDrawer
      open={id !== null}
      onClose={onClose}
      title={t('map.person.title')}
      extra={id && <Link to={`/persons/${id}`}><Button icon={<IdcardOutlined />} data-testid="map-person-profile">{t('map.person.openProfile')}</Button></Link>}
      testId="map-person-drawer"
    >
      {id && <PersonBody key={id} id={id} trajectory={trajectory} onOpenPerson={onOpenPerson} />}
    </SideDrawer>
  );
}

function PersonBody({ id, trajectory, onOpenPerson }: Omit<Props, 'onClose' | 'id'> & { id: string }) {
  const { t } = useTranslation();
  const detail = usePersonDetail(id);
  if (!detail.isSuccess) return <QueryProblem query={detail} />;
  const { person, household } = detail.data;
  return (
    <div className="map-person" data-testid="map-person">
      <PersonCard detail={detail.data} />
      <h3 className="section-title">{t('map.person.household')}</h3>
      {household
        ? <HouseholdMembers householdId={household.id} self={person.id} onOpen={onOpenPerson} />
        : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('map.person.noHousehold')} />}
      <h3 className="section-title">{t('map.person.trajectory')} <span className="section-hint">{t('map.person.trajectoryHint')}</span></h3>
      <TrajectoryTimeline trajectory={trajectory} />
    </div>
  );
}

function HouseholdMembers({ householdId, self, onOpen }: { householdId: string; self: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const household = useHouseholdDetail(householdId);
  if (!household.isSuccess) return <QueryProblem query={household} rows={1} />;
  const others = household.data.members.filter((m) => m.id !== self);
  if (others.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('map.person.noMembers')} />;
  return (
    <List
      size="small"
      bordered
      dataSource={others}
      data-testid="map-person-members"
      renderItem={(m) => (
        <List.Item className="clickable-row" onClick={() => onOpen(m.id)} data-testid="map-person-member">
          <span><UserOutlined /> {m.name}</span>
          <span className="text-muted">{term(t, 'relation', m.relation)} {term(t, 'sex', m.sex)} {ageText(t, m.birthYear)}</span>
        </List.Item>
      )}
    />
  );
}

function TrajectoryTimeline({ trajectory }: { trajectory: UseQueryResult<Trajectory> }) {
  const { t } = useTranslation();
  if (!trajectory.isSuccess) return <QueryProblem query={trajectory} rows={2} />;
  const { stops, outsideScope } = trajectory.data;
  return (
    <>
      {stops.length === 0
        ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('map.person.noTrajectory')} />
        : (
          <Timeline
            data-testid="map-trajectory"
            items={stops.map((stop, index) => ({
              key: index,
              icon: <span className={index === stops.length - 1 ? 'map-stop-number is-last' : 'map-stop-number'}>{index + 1}</span>,
              content: (
                <div className="map-stop" data-testid="map-trajectory-stop">
                  <div><span className="mono">{formatDateTime(stop.at)}</span> <Tag>{t(`map.person.source.${stop.source}`)}</Tag></div>
                  <div>{stop.place}</div>
                  <div className="text-muted">{stop.grid.name}</div>
                </div>
              ),
            }))}
          />
        )}
      {outsideScope > 0 && <Alert type="warning" showIcon title={t('map.person.outsideScope', { count: outsideScope })} />}
    </>
  );
}
