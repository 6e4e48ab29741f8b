import './styles.css';
import type { PublicCheckpoint } from '../../common/contracts/declarations.ts';
import { CHECKPOINT_KIND } from '../../common/declarations/vocabulary.ts';
import { ERROR_CODES } from '../../common/errors.ts';
import { maskName } from '../../common/identity/mask.ts';
import { newId } from '../lib/new-id.ts';
import { fetchCheckpoint, submitDeclaration, TOKEN_PATTERN, type BlockedCode } from './api.ts';
import { h } from './dom.ts';
import { formView, type FormState, type FormView } from './form.ts';
import { forget, recall, remember } from './remember.ts';
import { blockedScreen, loadFailedScreen, loadingScreen, resultScreen, type Outcome, type Screen } from './screens.ts';
import { lang, setLang, T, tr, type Term } from './text.ts';
import { emptyDraft, serverFieldErrors, validate } from './validate.ts';

/**
 * The public declaration page /d/{token}: a resident scans the poster at a checkpoint,
 * declares, and shows the guard the answer. No session, no framework; the whole page is a
 * handful of kilobytes.
 */
type View =
  | { kind: 'loading' }
  | { kind: 'blocked'; code: BlockedCode }
  | { kind: 'loadFailed'; detail: Term }
  | { kind: 'form' }
  | { kind: 'result'; outcome: Outcome };

const root = document.getElementById('app')!;
const token = /^\/d\/([^/]+)\/?$/.exec(location.pathname)?.[1] ?? '';

let view: View = { kind: 'loading' };
let checkpoint: PublicCheckpoint | null = null;
let state: FormState = ownForm();
let form: FormView | null = null;
let screen: Screen | null = null;
let sending = false;
/** The id of the submission being sent or retried, and the answers it was made for. */
let submission: { id: string; answers: string } | null = null;

/** The resident's own form, with their remembered details if they asked for that. */
function ownForm(notice: Term | null = null): FormState {
  const me = recall();
  const draft = emptyDraft();
  if (me) Object.assign(draft, me);
  return { draft, errors: {}, remember: me !== null, remembered: me !== null, forFamily: false, notice, failure: null };
}

function header(): HTMLElement {
  const toggle = h('button', {
    type: 'button', class: 'lang', lang: lang() === 'zh' ? 'en' : 'zh-CN', 'aria-label': tr(T.switchLangLabel), 'data-testid': 'lang',
    onclick: () => {
      setLang(lang() === 'zh' ? 'en' : 'zh');
      render();
    },
  }, tr(T.switchLang));
  return h('header', { class: 'hdr' },
    h('div', { class: 'hdr-bar' }, h('span', { class: 'brand' }, tr(T.appTitle)), toggle),
    checkpoint ? h('p', { class: 'hdr-community', 'data-testid': 'cp-community' }, [...checkpoint.regionPath, checkpoint.communityName].join(' · '), ' · ', tr(CHECKPOINT_KIND.labels[checkpoint.kind])) : null,
    checkpoint ? h('h1', { class: 'hdr-name', 'data-testid': 'cp-name' }, checkpoint.name) : null);
}

function render(): void {
  screen?.dispose?.();
  screen = null;
  form = null;
  document.title = checkpoint ? `${checkpoint.name} · ${tr(T.appTitle)}` : tr(T.appTitle);
  document.body.className = view.kind === 'result' ? `on-${view.outcome.answer.result}` : '';
  switch (view.kind) {
    case 'loading': screen = loadingScreen(); break;
    case 'blocked': screen = blockedScreen(view.code); break;
    case 'loadFailed': screen = loadFailedScreen(view.detail, load); break;
    case 'result': screen = resultScreen(view.outcome, declareForFamily); break;
    case 'form':
      form = formView(state, { submit, forget: forgetMe, declareForSelf });
      if (sending) form.busy(tr(T.sending));
      break;
  }
  const main = h('main', null, form?.el ?? screen!.el);
  root.replaceChildren(...(view.kind === 'result' ? [main] : [header(), main]));
}

function go(next: View): void {
  view = next;
  render();
  window.scrollTo(0, 0);
}

async function load(): Promise<void> {
  if (!TOKEN_PATTERN.test(token)) return go({ kind: 'blocked', code: 'TOKEN_UNKNOWN' });
  go({ kind: 'loading' });
  const result = await fetchCheckpoint(token);
  if (result.ok) {
    checkpoint = result.value;
    return go({ kind: 'form' });
  }
  switch (result.kind) {
    case 'blocked': return go({ kind: 'blocked', code: result.code });
    case 'rateLimited': return go({ kind: 'loadFailed', detail: ERROR_CODES.RATE_LIMITED });
    case 'network': return go({ kind: 'loadFailed', detail: T.loadNetwork });
    // A malformed token (400) is no poster of ours either.
    default: return result.kind === 'fields' || result.code === 'VALIDATION_FAILED' ? go({ kind: 'blocked', code: 'TOKEN_UNKNOWN' }) : go({ kind: 'loadFailed', detail: ERROR_CODES.INTERNAL });
  }
}

async function submit(): Promise<void> {
  if (sending || !form) return;
  const { errors, fields } = validate(state.draft);
  state.errors = errors;
  state.failure = null;
  if (!fields) return form.refresh(true);
  // A retry of the same answers keeps its id (stored once); changed answers are a new declaration.
  const answers = JSON.stringify(fields);
  if (submission?.answers !== answers) submission = { id: newId(), answers };
  sending = true;
  form.busy(tr(T.sending));
  form.refresh();
  const result = await submitDeclaration(token, submission.id, fields, (n) => form?.busy(tr(T.retrying, { n })));
  sending = false;
  if (result.ok) {
    submission = null;
    if (!state.forFamily) {
      if (state.remember) remember({ name: fields.name, phone: fields.phone, idNumber: fields.idNumber ?? '' });
      else forget();
    }
    return go({ kind: 'result', outcome: { answer: result.value, maskedName: maskName(fields.name), direction: fields.direction } });
  }
  if (result.kind === 'blocked') return go({ kind: 'blocked', code: result.code });
  if (result.kind === 'fields') {
    const server = serverFieldErrors(result.fields);
    state.errors = server.errors;
    state.failure = { message: T.fixFields, ...(server.other.length > 0 ? { detail: server.other.join('; ') } : {}), retry: false };
  } else if (result.kind === 'rateLimited') {
    state.failure = { message: ERROR_CODES.RATE_LIMITED, retry: true };
  } else if (result.kind === 'network') {
    state.failure = { message: T.networkFailed, retry: true };
  } else {
    const known = (ERROR_CODES as Record<string, Term | undefined>)[result.code];
    state.failure = { message: known ?? ERROR_CODES.INTERNAL, detail: result.message, retry: true };
  }
  form?.busy(null);
  form?.refresh(true);
}

function forgetMe(): void {
  forget();
  const { draft } = state;
  draft.name = draft.phone = draft.idNumber = '';
  state = { ...state, remember: false, remembered: false, notice: T.forgotten, errors: {} };
  render();
}

/** A fresh form for someone else: a new id, nothing remembered, nothing stored. */
function declareForFamily(): void {
  state = { draft: emptyDraft(), errors: {}, remember: false, remembered: false, forFamily: true, notice: null, failure: null };
  submission = null;
  go({ kind: 'form' });
}

function declareForSelf(): void {
  state = ownForm();
  submission = null;
  go({ kind: 'form' });
}

void load();
