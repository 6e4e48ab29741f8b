import { Button, List, NoticeBar, SpinLoading, Toast } from 'antd-mobile';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n.ts';
import { FormContext, type FormApi } from '../forms/form-state.tsx';
import { TabHeader } from '../modules/layout/TabHeader.tsx';
import { formFieldOf, problemText } from './field-errors.ts';
import { PageShell } from './PageShell.tsx';
import { useDraft } from './useDraft.ts';

export interface RecordFormProps<V extends Record<string, unknown>> {
  title: string;
  back: string;
  testId: string;
  draftKey: string;
  defaults: V;
  /** Required fields and the shared rules (common/field/rules.ts): field → problem code. */
  validate(values: V): Record<string, string>;
  /** Asked once the checks pass, before anything is saved (e.g. "this address is registered"): false leaves the form and its draft as they are. */
  confirm?(values: V): Promise<boolean>;
  /** Queues the record (or resubmits a refused one). */
  submit(values: V): Promise<void>;
  submitText?: string;
  /** The submit button's test id (default form-submit). */
  submitTestId?: string;
  /** A refused item's reasons from the server, shown on its fields when the form opens. */
  serverErrors?: Record<string, string>;
  onValuesChange?(changed: Partial<V>, all: V, form: FormApi<V>): void;
  intro?: ReactNode;
  /** A tab page (the report tab): the tab header, and the button sticks above the tab bar. */
  tab?: boolean;
  children: ReactNode;
}

/**
 * Every record form: values kept as a draft while typed, checked on the phone with the same
 * rules as the server, problems shown per field in the worker's language, then handed to
 * `submit` (which writes the outbox): saving never waits for the network.
 */
export function RecordForm<V extends Record<string, unknown>>(props: RecordFormProps<V>) {
  const draft = useDraft(props.draftKey, props.defaults);
  const page = (content: ReactNode, footer: ReactNode) => props.tab ? (
    <div className="tab-page" data-testid={props.testId}>
      <TabHeader title={props.title} />
      {content}
      <div className="sticky-footer">{footer}</div>
    </div>
  ) : (
    <PageShell title={props.title} back={props.back} testId={props.testId} footer={footer}>{content}</PageShell>
  );
  if (!draft.ready) return page(<div className="page-loading"><SpinLoading /></div>, null);
  return <LoadedForm {...props} draft={draft} page={page} />;
}

function LoadedForm<V extends Record<string, unknown>>(props: RecordFormProps<V> & {
  draft: ReturnType<typeof useDraft<V>>;
  page(content: ReactNode, footer: ReactNode): ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const english = currentLanguage(i18n) === 'en';
  const { draft } = props;
  const [values, setValues] = useState<V>(draft.values);
  const [problems, setProblems] = useState<Record<string, string>>(() => props.serverErrors ?? {});
  const [reported, setReported] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [restoredShown, setRestoredShown] = useState(draft.restored);
  const errors = useMemo(
    () => Object.fromEntries(Object.entries({ ...problems, ...reported }).map(([path, reason]) => [formFieldOf(path), problemText(t, reason, english)])),
    [problems, reported, t, english],
  );
  const report = useCallback((name: string, problem: string | null) => {
    setReported((prev) => {
      if ((prev[name] ?? null) === problem) return prev;
      const next = { ...prev };
      if (problem === null) delete next[name];
      else next[name] = problem;
      return next;
    });
  }, []);

  // Why the server refused the record, as it said it, above the fields (some fields may not be on this form).
  const serverSummary = useMemo(
    () => Object.entries(props.serverErrors ?? {}).map(([path, reason]) => [formFieldOf(path), problemText(t, reason, english)] as const),
    [props.serverErrors, t, english],
  );
  const change = useCallback((patch: Partial<V>) => {
    setValues((prev) => {
      const next = { ...prev, ...patch };
      draft.save(next);
      return next;
    });
    setProblems((prev) => {
      const left = { ...prev };
      for (const key of Object.keys(prev)) if (formFieldOf(key) in patch) delete left[key];
      return left;
    });
  }, [draft]);

  const api: FormApi<V> = useMemo(() => ({
    values,
    errors,
    setValue: (name, value) => {
      const patch = { [name]: value } as Partial<V>;
      change(patch);
      props.onValuesChange?.(patch, { ...values, ...patch }, { ...api, setFieldsValue: change });
    },
    setFieldsValue: change,
    report,
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the latest onValuesChange is read when a value changes, not a reason to rebuild the form api
  }), [values, errors, change, report]);

  const onSubmit = async () => {
    const found = { ...props.validate(values), ...reported };
    if (Object.keys(found).length > 0) {
      setProblems(found);
      Toast.show({ content: t('form.fixFields'), icon: 'fail' });
      const first = document.querySelector(`[data-field="${formFieldOf(Object.keys(found)[0]!)}"]`);
      first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return;
    }
    setSaving(true);
    if (props.confirm) {
      const go = await props.confirm(values).catch((error: unknown) => {
        Toast.show({ content: error instanceof Error ? error.message : String(error), icon: 'fail' });
        return false;
      });
      if (!go) {
        setSaving(false);
        return;
      }
    }
    // The draft goes first, so that leaving the page after queueing cannot write it back.
    await draft.clear();
    try {
      await props.submit(values);
    } catch (error) {
      draft.save(values);
      Toast.show({ content: error instanceof Error ? error.message : String(error), icon: 'fail' });
    } finally {
      setSaving(false);
    }
  };

  const startOver = async () => {
    await draft.clear();
    setValues(props.defaults);
    setProblems({});
    setRestoredShown(false);
  };

  const content = (
    <>
      {restoredShown && (
        <NoticeBar
          content={t('form.draftRestored')}
          color="info"
          closeable
          onClose={() => setRestoredShown(false)}
          extra={<button type="button" className="link-button" onClick={() => void startOver()} data-testid="draft-discard">{t('form.startOver')}</button>}
          data-testid="draft-restored"
        />
      )}
      {props.intro}
      {serverSummary.length > 0 && (
        <div className="form-reasons" role="alert" data-testid="form-reasons">
          <div className="form-reasons-title">{t('queue.reason')}</div>
          {serverSummary.map(([field, text]) => <div key={field}>{t(`fieldName.${field}`, { defaultValue: field })}：{text}</div>)}
        </div>
      )}
      <FormContext.Provider value={api as unknown as FormApi}>
        <List className="record-form">{props.children}</List>
      </FormContext.Provider>
    </>
  );
  const footer = (
    <Button block color="primary" size="large" loading={saving} onClick={() => void onSubmit()} data-testid={props.submitTestId ?? 'form-submit'}>
      {props.submitText ?? t('form.save')}
    </Button>
  );
  return <>{props.page(content, footer)}</>;
}
