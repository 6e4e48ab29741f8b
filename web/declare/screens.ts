import type { DeclarationAnswer } from '../../common/contracts/declarations.ts';
import { DECLARATION_DIRECTION, type DeclarationDirection } from '../../common/declarations/vocabulary.ts';
import type { BlockedCode } from './api.ts';
import { h, icon, ICONS } from './dom.ts';
import { T, tr, type Term } from './text.ts';

/** The screens besides the form: the guard's pass/stop screen and the full-page messages. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** 'HH:mm:ss' and 'YYYY-MM-DD' in China time, whatever the phone's time zone. */
function chinaClock(at: Date): { time: string; day: string } {
  const iso = new Date(at.getTime() + CHINA_OFFSET_MS).toISOString();
  return { time: iso.slice(11, 19), day: iso.slice(0, 10) };
}

export interface Outcome {
  answer: DeclarationAnswer;
  /** 张* — the only personal detail on the screen. */
  maskedName: string;
  direction: DeclarationDirection;
}

export interface Screen {
  el: HTMLElement;
  /** Stops timers when the screen is left. */
  dispose?: () => void;
}

/**
 * What the resident shows the guard: green 通行 or red 请稍候, the checkpoint, the time of
 * the declaration and a running clock (a screenshot from earlier does not tick).
 */
export function resultScreen(outcome: Outcome, forFamily: () => void): Screen {
  const pass = outcome.answer.result === 'pass';
  const at = chinaClock(new Date(outcome.answer.at));
  const clock = h('span', { class: 'clock-time' }, chinaClock(new Date()).time);
  const timer = setInterval(() => {
    clock.textContent = chinaClock(new Date()).time;
  }, 1000);
  const heading = h('h1', { class: 'verdict', tabindex: -1 }, tr(pass ? T.pass : T.stop));
  const fact = (label: Term, value: Node | string, testId: string) => h('div', { class: 'fact' }, h('dt', null, tr(label)), h('dd', { 'data-testid': testId }, value));
  const el = h('section', { class: `result ${pass ? 'pass' : 'stop'}`, 'data-testid': 'result', 'data-result': outcome.answer.result },
    h('div', { class: 'badge' }, icon(pass ? ICONS.check : ICONS.stop, 'badge-icon')),
    heading,
    h('p', { class: 'verdict-hint' }, tr(pass ? T.passHint : T.stopHint)),
    h('dl', { class: 'facts' },
      h('div', { class: 'place', 'data-testid': 'result-checkpoint' }, icon(ICONS.pin), outcome.answer.checkpointName, ' · ', tr(DECLARATION_DIRECTION.labels[outcome.direction])),
      fact(T.declarant, outcome.maskedName, 'result-name'),
      fact(T.declaredAt, h('span', null, h('b', { class: 'time' }, at.time), h('small', null, at.day)), 'result-time')),
    h('p', { class: 'clock' }, `${tr(T.now)} `, clock),
    h('button', { type: 'button', class: 'secondary on-color', 'data-testid': 'for-family', onclick: forFamily }, tr(T.forFamily)));
  queueMicrotask(() => heading.focus());
  return { el, dispose: () => clearInterval(timer) };
}

const BLOCKED: Record<BlockedCode, [title: Term, detail: Term]> = {
  TOKEN_UNKNOWN: [T.blockedUnknown, T.unknownHint],
  TOKEN_ROTATED: [T.blockedRotated, T.rotatedHint],
  CHECKPOINT_CLOSED: [T.blockedClosed, T.closedHint],
};

/** A poster that no longer works (unknown, replaced or closed checkpoint): no form, one clear message. */
export function blockedScreen(code: BlockedCode): Screen {
  const [title, detail] = BLOCKED[code];
  return {
    el: h('section', { class: 'message', role: 'alert', 'data-testid': 'blocked', 'data-code': code },
      icon(ICONS.qr, 'message-icon'),
      h('h1', null, tr(title)),
      h('p', null, tr(detail))),
  };
}

/** The checkpoint could not be loaded (network, rate limit, server): say so and offer to try again. */
export function loadFailedScreen(detail: Term, retry: () => void): Screen {
  return {
    el: h('section', { class: 'message', role: 'alert', 'data-testid': 'load-failed' },
      icon(ICONS.wifi, 'message-icon'),
      h('h1', null, tr(T.loadFailed)),
      h('p', null, tr(detail)),
      h('button', { type: 'button', class: 'primary', onclick: retry }, tr(T.reload))),
  };
}

export function loadingScreen(): Screen {
  return { el: h('p', { class: 'boot', role: 'status' }, tr(T.loading)) };
}
