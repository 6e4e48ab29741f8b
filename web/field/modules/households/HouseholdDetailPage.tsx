import { ActionSheet, Button, Card, ErrorBlock, List, Skeleton, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { DIRECTION, ORIGIN_CATEGORY, RELATION, SEX, VISIT_OUTCOME } from '../../../../common/field/vocabulary.ts';
import { ageInYear } from '../../../../common/identity/birth-year.ts';
import { chinaDate } from '../../../../common/time.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { LocalTag } from '../../ui/LocalTag.tsx';
import { PageShell } from '../../ui/PageShell.tsx';
import { useTerm } from '../../ui/term.ts';
import { useHouseholdView } from './household-view.ts';
import type { MemberRow } from './local.ts';

export function HouseholdDetailPage() {
  const { t } = useTranslation();
  const term = useTerm();
  const navigate = useNavigate();
  const id = useParams().id!;
  const view = useHouseholdView(id);
  const [member, setMember] = useState<MemberRow | null>(null);

  if (view.loading) return <PageShell title={t('household.detail')} back="/households"><Skeleton.Paragraph lineCount={8} animated /></PageShell>;
  if (!view.head) {
    return (
      <PageShell title={t('household.detail')} back="/households">
        <ErrorBlock status={view.error ? 'disconnected' : 'empty'} title={t('household.notFound')} description={view.error ? errorText(t, view.error) : ''} />
      </PageShell>
    );
  }
  const head = view.head;
  const memberLine = (m: MemberRow) => [
    m.relation ? term(RELATION.labels[m.relation as keyof typeof RELATION.labels]) : null,
    m.sex ? term(SEX.labels[m.sex as keyof typeof SEX.labels]) : null,
    m.birthYear !== null ? t('personAge.value', { age: ageInYear(m.birthYear, chinaDate(new Date())) }) : null,
    m.idNumberMasked,
  ].filter(Boolean).join(' · ');

  return (
    <PageShell
      title={t('household.detail')}
      back="/households"
      testId="household-detail"
      footer={
        <div className="footer-actions">
          <Button color="primary" fill="outline" size="large" onClick={() => void navigate(`/households/${id}/members/new`)} data-testid="add-member">{t('household.addMember')}</Button>
          <Button color="primary" size="large" onClick={() => void navigate(`/households/${id}/visits/new`)} data-testid="add-visit">{t('household.recordVisit')}</Button>
        </div>
      }
    >
      <Card className="detail-card" data-testid="household-head">
        <div className="detail-title">{head.address} {head.local && <LocalTag state={head.local} />}</div>
        {head.gridName && <div className="detail-sub">{head.gridName}</div>}
        {head.note && <div className="detail-sub">{head.note}</div>}
        {view.queued?.state === 'rejected' && (
          <button type="button" className="link-button danger" onClick={() => void navigate(`/queue/${id}`)}>{t('queue.seeReason')}</button>
        )}
      </Card>

      {view.partial && view.error && <div className="list-meta" data-testid="detail-partial">{t('household.partialOffline')}</div>}
      <List header={t('household.membersTitle', { count: view.members.length })} data-testid="member-list">
        {view.members.length === 0 && <List.Item>{t('household.noMembers')}</List.Item>}
        {view.members.map((m) => (
          <List.Item
            key={m.id}
            onClick={() => setMember(m)}
            description={
              <>
                <div>{memberLine(m)}</div>
                {m.movements.map((mv) => (
                  <div key={mv.id} className="movement-line" data-testid="member-movement">
                    {term(DIRECTION.labels[mv.payload.direction])} · {term(ORIGIN_CATEGORY.labels[mv.payload.category])}
                    {' · '}{mv.payload.direction === 'arrival' ? mv.payload.arrivedOn : mv.payload.leftOn} <LocalTag state={mv.local} />
                  </div>
                ))}
              </>
            }
            extra={m.local && <LocalTag state={m.local} />}
            data-testid="member-row"
            data-id={m.id}
          >
            {m.name}
            {m.observationEndsOn && (
              <Tag color="warning" fill="outline" className="observation-tag" data-testid="member-observation">{t('observation.until', { day: m.observationEndsOn })}</Tag>
            )}
          </List.Item>
        ))}
      </List>

      <List header={t('household.visitsTitle', { count: view.visits.length })} data-testid="visit-list">
        {view.visits.length === 0 && <List.Item>{t('household.noVisits')}</List.Item>}
        {view.visits.map((v) => (
          <List.Item key={v.id} description={v.note} extra={v.local && <LocalTag state={v.local} />} data-testid="visit-row">
            {formatDateTime(v.visitedAt)} · {term(VISIT_OUTCOME.labels[v.outcome as keyof typeof VISIT_OUTCOME.labels])} · {t('visit.met', { count: v.metCount })}
          </List.Item>
        ))}
      </List>

      <ActionSheet
        visible={member !== null}
        onClose={() => setMember(null)}
        extra={member ? t('household.memberActions', { name: member.name }) : undefined}
        cancelText={t('common.cancel')}
        actions={[
          { key: 'arrival', text: <span data-testid="action-arrival">{t('movement.newArrival')}</span>, onClick: () => void navigate(`/households/${id}/persons/${member!.id}/movements/new?direction=arrival`) },
          { key: 'departure', text: <span data-testid="action-departure">{t('movement.newDeparture')}</span>, onClick: () => void navigate(`/households/${id}/persons/${member!.id}/movements/new?direction=departure`) },
          ...(member && member.local === 'rejected' ? [{ key: 'reason', text: t('queue.seeReason'), onClick: () => void navigate(`/queue/${member.id}`) }] : []),
        ]}
      />
    </PageShell>
  );
}
