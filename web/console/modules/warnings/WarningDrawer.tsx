import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WarningView } from '../../../../common/contracts/declarations.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCan } from '../auth/session.ts';
import { useWarningDetail } from './queries.ts';
import { VerifyForm } from './VerifyForm.tsx';
import { DeadlineCell, formatMinutes, LevelTag, OutcomeTag, ReasonTags, Temperature, WarningStatusTag } from './WarningCells.tsx';
import { WarningContact } from './WarningContact.tsx';
import { hasHighTemperature } from './WarningTable.tsx';
import { GridName } from '../../ui/GridName.tsx';
import { RecordDrawer, RecordFacts } from '../../ui/RecordDrawer.tsx';

interface Props {
  /** The warning to show; null: closed. */
  id: string | null;
  onClose: () => void;
}

/** A warning's facts, the declarant's phone on request, and the verification (form or outcome). */
export function WarningDrawer({ id, onClose }: Props) {
  const { t } = useTranslation();
  const detail = useWarningDetail(id);
  const w = detail.data;
  return (
    <RecordDrawer
      open={id !== null}
      onClose={onClose}
      size={680}
      title={<Space>{t('warnings.detailTitle')}{w && <LevelTag level={w.level} />}{w && <WarningStatusTag status={w.status} />}</Space>}
      testId="warning-drawer"
      query={detail}
    >
      {(warning) => <WarningBody warning={warning} />}
    </RecordDrawer>
  );
}

function WarningBody({ warning: w }: { warning: WarningView }) {
  const { t } = useTranslation();
  const can = useCan();
  const none = <span className="text-muted">{t('common.none')}</span>;
  const verified = w.status === 'verified';
  return (
    <>
      {w.status === 'overdue' && <Alert className="filter-feedback" type="error" showIcon title={t('warnings.overdueNotice')} data-testid="warning-overdue-notice" />}
      <RecordFacts
        labelWidth={110}
        testId="warning-facts"
        items={[
          { key: 'name', label: t('warnings.name'), children: <span data-testid="warning-detail-name">{w.name}</span> },
          { key: 'maxTemperature', label: t('warnings.maxTemperature'), children: <Temperature value={w.maxTemperature} high={hasHighTemperature(w)} /> },
          ...(can('warnings.verify')
            ? [{ key: 'phone', label: t('warnings.phone'), span: 2, children: <WarningContact id={w.id} masked={w.phoneMasked} /> }]
            : [{ key: 'phone', label: t('warnings.phone'), span: 2, children: <span className="mono">{w.phoneMasked}</span> }]),
          { key: 'reasons', label: t('warnings.reasons'), span: 2, children: <ReasonTags reasons={w.reasons} /> },
          { key: 'checkpoint', label: t('warnings.checkpoint'), children: w.checkpoint.name },
          { key: 'grid', label: t('warnings.grid'), children: <GridName grid={w.grid} /> },
          { key: 'declarations', label: t('warnings.declarations'), children: w.declarationCount },
          { key: 'firstDeclaredAt', label: t('warnings.firstDeclaredAt'), children: formatDateTime(w.firstDeclaredAt) },
          { key: 'lastDeclaredAt', label: t('warnings.lastDeclaredAt'), children: formatDateTime(w.lastDeclaredAt) },
          { key: 'dueAt', label: t('warnings.dueAt'), children: <DeadlineCell warning={w} /> },
        ]}
      />
      <h3 className="section-title">{t('warnings.verification')}</h3>
      {verified && (
        <RecordFacts
          labelWidth={110}
          testId="warning-verification"
          items={[
            { key: 'outcome', label: t('warnings.outcome'), children: <OutcomeTag outcome={w.outcome} /> },
            { key: 'verifier', label: t('warnings.verifier'), children: w.verifiedBy ?? none },
            { key: 'verifiedAt', label: t('warnings.verifiedAt'), children: formatDateTime(w.verifiedAt) || none },
            { key: 'minutes', label: t('warnings.minutesToVerify'), children: w.minutesToVerify !== null ? formatMinutes(t, w.minutesToVerify) : none },
            { key: 'note', label: t('warnings.note'), span: 2, children: w.note ? <div className="event-description">{w.note}</div> : none },
          ]}
        />
      )}
      {!verified && can('warnings.verify') && <VerifyForm id={w.id} />}
      {!verified && !can('warnings.verify') && <Alert type="info" showIcon title={t('warnings.cannotVerify')} />}
    </>
  );
}
