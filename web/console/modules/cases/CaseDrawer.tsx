import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../../common/contracts/cases.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCan } from '../auth/session.ts';
import { term } from '../field/labels.ts';
import { CaseChangeActions } from './CaseChangeActions.tsx';
import { CASE_STATUS_COLORS, CaseStatusTag } from './CaseStatusTag.tsx';
import { useCaseDetail } from './queries.ts';
import { regionPathText } from './region-path.ts';
import { ChangeHistory } from '../../ui/ChangeHistory.tsx';
import { GridName } from '../../ui/GridName.tsx';
import { RecordDrawer, RecordFacts } from '../../ui/RecordDrawer.tsx';

interface Props {
  /** The case to show; null: closed. */
  id: string | null;
  onClose: () => void;
}

/** A case: who, where, its status now, and every change since it was entered, newest last. */
export function CaseDrawer({ id, onClose }: Props) {
  const { t } = useTranslation();
  const can = useCan();
  const detail = useCaseDetail(id);
  const item = detail.data?.case;
  return (
    <RecordDrawer
      open={id !== null}
      onClose={onClose}
      size={720}
      title={item ? <span>{item.name} <CaseStatusTag status={item.status} /></span> : t('cases.detailTitle')}
      extra={item && can('cases.manage') && <CaseChangeActions item={item} />}
      testId="case-drawer"
      query={detail}
    >
      {(data) => <CaseBody detail={data} />}
    </RecordDrawer>
  );
}

function CaseBody({ detail: { case: c, history } }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const none = <span className="text-muted">{t('common.none')}</span>;
  return (
    <>
      <RecordFacts
        testId="case-facts"
        items={[
          { key: 'name', label: t('persons.name'), children: <Link to={`/persons/${c.personId}`} data-testid="case-person-link">{c.name}</Link> },
          { key: 'sex', label: t('persons.sex'), children: term(t, 'sex', c.sex) || none },
          { key: 'id', label: t('persons.idNumber'), children: c.idNumberMasked ? <span className="mono">{c.idNumberMasked}</span> : none },
          { key: 'phone', label: t('persons.phone'), children: c.phoneMasked ? <span className="mono">{c.phoneMasked}</span> : none },
          { key: 'status', label: t('cases.status'), children: <CaseStatusTag status={c.status} /> },
          { key: 'statusOn', label: t('cases.statusOn'), children: <span className="mono">{c.statusOn}</span> },
          { key: 'source', label: t('cases.source'), children: c.source, span: 2 },
          { key: 'region', label: t('cases.region'), children: regionPathText(c) || none, span: 2 },
          { key: 'grid', label: t('field.grid'), children: <GridName grid={c.grid} />, span: 2 },
          { key: 'note', label: t('cases.note'), children: c.note ?? none, span: 2 },
          { key: 'createdAt', label: t('field.registeredAt'), children: formatDateTime(c.createdAt) },
          { key: 'updatedAt', label: t('cases.updatedAt'), children: formatDateTime(c.updatedAt) },
        ]}
      />
      <p className="text-muted case-reveal-hint">{t('cases.revealHint')}</p>
      <h3 className="section-title">{t('cases.history', { count: history.length })}</h3>
      <ChangeHistory
        titleSpan="110px"
        testId="case-history"
        entries={history.map((h) => ({
          key: h.id,
          color: CASE_STATUS_COLORS[h.toStatus] === 'default' ? 'gray' : CASE_STATUS_COLORS[h.toStatus],
          when: <span className="mono">{h.changedOn}</span>,
          change: (
            <>
              {h.fromStatus ? <>{term(t, 'caseStatus', h.fromStatus)} → </> : <>{t('cases.entered')} </>}
              <strong>{term(t, 'caseStatus', h.toStatus)}</strong>
            </>
          ),
          by: t('cases.recordedBy', { name: h.by, at: formatDateTime(h.at) }),
          details: <div className="case-history-source">{t('cases.sourceIs', { source: h.source })}</div>,
          note: h.note,
        }))}
      />
    </>
  );
}
