import { Button, Card, ErrorBlock, NoticeBar, Skeleton, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { VERIFICATION_OUTCOME } from '../../../../common/declarations/vocabulary.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { warningVerifyDefaults, warningVerifyPayload, validateWarningVerify } from '../../forms/warning-verify.ts';
import { WarningVerifyFields } from '../../forms/WarningVerifyFields.tsx';
import { useOnline } from '../../offline/hooks.ts';
import { enqueue } from '../../offline/outbox.ts';
import { Fact } from '../../ui/Fact.tsx';
import { Icon } from '../../ui/icons.tsx';
import { PageShell } from '../../ui/PageShell.tsx';
import { showQueued } from '../../ui/queued-toast.ts';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useTerm } from '../../ui/term.ts';
import { useCurrentUser } from '../auth/session.ts';
import { callDeclarant } from './contact.ts';
import type { WarningRow } from './local.ts';
import { DeadlineText, LevelTag, StatusTag, Temperature, useReasons } from './parts.tsx';
import { useNow, useWarningView } from './queries.ts';
import { useDuration } from './time-text.ts';

/** One warning: the facts, a call before the visit, and the verification (queued like every record: it works offline). */
export function WarningDetailPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const id = decodeURIComponent(useParams().id!);
  const view = useWarningView(id);
  const now = useNow();

  if (view.loading) return <PageShell title={t('warnings.detail')} back="/warnings"><Skeleton.Paragraph lineCount={8} animated /></PageShell>;
  if (!view.row) {
    return (
      <PageShell title={t('warnings.detail')} back="/warnings" testId="warning-detail">
        <ErrorBlock status={view.error ? 'disconnected' : 'empty'} title={t('warnings.notFound')} description={view.error ? errorText(t, view.error) : ''} />
      </PageShell>
    );
  }
  const row = view.row;
  const facts = <WarningFacts row={row} now={now} partial={view.partial} />;
  // The form while nothing is recorded; once verified (here or elsewhere), or queued, the result.
  if (row.status !== 'verified' && !view.item) {
    return (
      <RecordForm
        title={t('warnings.detail')}
        back="/warnings"
        testId="warning-detail"
        draftKey={`${me.id}:warning:${id}`}
        defaults={warningVerifyDefaults()}
        validate={validateWarningVerify}
        submitText={t('warnings.verify.submit')}
        submitTestId="warning-verify-submit"
        intro={<>{facts}<div className="section-title">{t('warnings.verify.title')}</div></>}
        submit={async (values) => {
          // The copy kept with the item shows whom it is about in the queue and offline lists (masked phone only).
          await enqueue('warningVerify', id, warningVerifyPayload(row.view, values), { userId: me.id });
          showQueued(t);
        }}
      >
        <WarningVerifyFields />
      </RecordForm>
    );
  }
  return (
    <PageShell title={t('warnings.detail')} back="/warnings" testId="warning-detail">
      {facts}
      <VerificationCard row={row} queuedId={view.item?.id ?? null} />
    </PageShell>
  );
}

function WarningFacts({ row, now, partial }: { row: WarningRow; now: number; partial: boolean }) {
  const { t } = useTranslation();
  const online = useOnline();
  const duration = useDuration();
  const reasons = useReasons();
  const [calling, setCalling] = useState(false);
  const { view } = row;

  const call = async () => {
    if (!navigator.onLine) {
      Toast.show({ content: t('warnings.contactOffline') });
      return;
    }
    setCalling(true);
    try {
      await callDeclarant(view.id);
    } catch (error) {
      Toast.show({ content: errorText(t, error), icon: 'fail' });
    } finally {
      setCalling(false);
    }
  };

  return (
    <>
      {partial && <div className="list-meta" data-testid="warning-partial">{t('warnings.partialOffline')}</div>}
      <Card className={`detail-card warning-card status-${row.status}`} data-testid="warning-facts">
        <div className="warning-row-head">
          <span className="detail-title warning-name" data-testid="warning-name">{view.name}</span>
          <LevelTag level={view.level} />
          <StatusTag row={row} />
        </div>
        <div className="warning-reasons strong">{reasons(view)}</div>
        <div className="warning-figures">
          <div className="figure"><div className="figure-value"><Temperature view={view} /></div><div className="figure-label">{t('warnings.facts.temperature')}</div></div>
          <div className="figure"><div className="figure-value">{view.declarationCount}</div><div className="figure-label">{t('warnings.facts.declarations')}</div></div>
        </div>
        <Fact label={t('warnings.facts.due')} testId="warning-due">
          {formatDateTime(view.dueAt)}
          {row.status !== 'verified' && <><br /><DeadlineText row={row} now={now} /></>}
        </Fact>
        <Fact label={t('warnings.facts.checkpoint')}>{view.checkpoint.name}</Fact>
        <Fact label={t('warnings.facts.grid')}>{view.grid.name}</Fact>
        <Fact label={t('warnings.facts.firstDeclared')}>{formatDateTime(view.firstDeclaredAt)}{t('warnings.agoShort', { time: duration(now - Date.parse(view.firstDeclaredAt)) })}</Fact>
        {view.declarationCount > 1 && <Fact label={t('warnings.facts.lastDeclared')}>{formatDateTime(view.lastDeclaredAt)}</Fact>}
        <Fact label={t('warnings.facts.phone')}>{view.phoneMasked}</Fact>
        <Button block color="primary" fill="outline" size="large" className="contact-button" loading={calling} disabled={!online} onClick={() => void call()} data-testid="warning-contact">
          <Icon name="phone" size={18} /> {t('warnings.contact')}
        </Button>
        <div className="field-help contact-hint">{online ? t('warnings.contactHint') : t('warnings.contactOffline')}</div>
      </Card>
    </>
  );
}

function VerificationCard({ row, queuedId }: { row: WarningRow; queuedId: string | null }) {
  const { t } = useTranslation();
  const term = useTerm();
  const navigate = useNavigate();
  const duration = useDuration();
  const { view, mine } = row;
  const outcome = (code: string | null | undefined) => (code ? term(VERIFICATION_OUTCOME.labels[code as keyof typeof VERIFICATION_OUTCOME.labels]) : '');
  return (
    <>
      {row.local === 'conflict' && (
        <NoticeBar
          className="warning-notice"
          color="alert"
          wrap
          content={view.verifiedBy
            ? t('warnings.conflict', { who: view.verifiedBy, outcome: outcome(view.outcome), mine: outcome(mine?.outcome) })
            : t('warnings.conflictUnknown', { mine: outcome(mine?.outcome) })}
          data-testid="warning-conflict-notice"
        />
      )}
      {row.local === 'pending' && row.reported === 'verified' && (
        <NoticeBar className="warning-notice" color="alert" wrap content={t('warnings.overtaken', { who: view.verifiedBy ?? '' })} />
      )}
      {row.local === 'rejected' && (
        <Card className="detail-card reason-card" data-testid="warning-rejected-card">
          <div className="danger">{t('warnings.rejected', { outcome: outcome(mine?.outcome) })}</div>
          {queuedId && <button type="button" className="link-button danger" onClick={() => void navigate(`/queue/${encodeURIComponent(queuedId)}`)} data-testid="warning-see-reason">{t('queue.seeReason')}</button>}
        </Card>
      )}
      {row.status === 'verified' && (
        <Card className="detail-card verification-card" title={t('warnings.result.title')} data-testid="warning-result">
          <div className={`verification-outcome outcome-${view.outcome ?? 'unknown'}`} data-testid="warning-outcome">{view.outcome ? outcome(view.outcome) : t('warnings.status.verified')}</div>
          {view.note && <div className="verification-note" data-testid="warning-result-note">{view.note}</div>}
          {view.verifiedBy && <Fact label={t('warnings.result.by')}>{view.verifiedBy}</Fact>}
          {view.verifiedAt && <Fact label={t('warnings.result.at')}>{formatDateTime(view.verifiedAt)}</Fact>}
          {view.minutesToVerify !== null && <Fact label={t('warnings.result.took')}>{duration(view.minutesToVerify * 60_000)}</Fact>}
          {row.local === 'pending' && row.reported !== 'verified' && <div className="field-help">{t('warnings.result.waiting')}</div>}
        </Card>
      )}
    </>
  );
}
