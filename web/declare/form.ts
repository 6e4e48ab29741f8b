import { DECLARATION_DIRECTION, SYMPTOM, type DeclarationDirection, type Symptom } from '../../common/declarations/vocabulary.ts';
import { h } from './dom.ts';
import { T, tr, type Term } from './text.ts';
import { FIELD_ORDER, NAME_MAX, stepTemperature, validate, type Draft, type FieldErrors, type FieldName } from './validate.ts';

/** The declaration form: one column, big targets, native inputs (labels, keyboards, autofill). */
export interface FormState {
  draft: Draft;
  errors: FieldErrors;
  /** The "remember me" box. */
  remember: boolean;
  /** Details are stored on this device (offer to forget them). */
  remembered: boolean;
  /** Declaring for someone else: nothing is remembered. */
  forFamily: boolean;
  /** A line above the form (e.g. "details removed"). */
  notice: Term | null;
  /** What went wrong with the last submission, above the button; `retry` offers to send the same again. */
  failure: { message: Term; detail?: string; retry: boolean } | null;
}

export interface FormActions {
  submit(): void;
  forget(): void;
  declareForSelf(): void;
}

export interface FormView {
  el: HTMLElement;
  /** Shows state.errors and state.failure; focuses the first field in error when `focus`. */
  refresh(focus?: boolean): void;
  /** Busy text on the (disabled) button, or null for the normal button. */
  busy(text: string | null): void;
}

const errId = (field: FieldName) => `err-${field}`;

export function formView(state: FormState, actions: FormActions): FormView {
  const { draft } = state;
  const errorSlots = new Map<FieldName, HTMLElement>();
  const controls = new Map<FieldName, HTMLElement[]>();

  /** After an edit, a shown error goes away once fixed (new errors wait for the next submit). */
  const edited = (field: FieldName) => {
    if (!state.errors[field]) return;
    const now = validate(draft).errors[field];
    if (now) state.errors[field] = now;
    else delete state.errors[field];
    refresh();
  };

  const errorSlot = (field: FieldName) => {
    const p = h('p', { class: 'err', id: errId(field), 'data-testid': errId(field) });
    errorSlots.set(field, p);
    return p;
  };
  const mark = (field: FieldName, inputs: HTMLElement[]) => {
    controls.set(field, inputs);
    return inputs;
  };
  const labelText = (term: Term, optional = false) => [
    tr(term),
    optional ? h('span', { class: 'opt-tag' }, tr(T.optional)) : h('span', { class: 'req', 'aria-hidden': 'true' }, '*'),
  ];

  const textField = (field: 'name' | 'phone' | 'idNumber', term: Term, attrs: Record<string, string | number | boolean>) => {
    const id = `in-${field}`;
    const input = h('input', {
      id, name: field, value: draft[field], 'data-testid': id, 'aria-describedby': errId(field), required: !attrs.optional, ...attrs, optional: null,
      oninput: () => {
        draft[field] = input.value;
        edited(field);
      },
    });
    mark(field, [input]);
    return h('div', { class: 'field' }, h('label', { for: id }, ...labelText(term, Boolean(attrs.optional))), input, errorSlot(field));
  };

  /** Radio buttons or checkboxes drawn as big toggle buttons; the native input keeps keyboard and screen-reader use. */
  const choices = <V extends string>(field: FieldName, legend: Term, type: 'radio' | 'checkbox', options: { value: V; label: string; checked: boolean }[], onChange: (input: HTMLInputElement) => void, hint?: Term, cls = '') => {
    const inputs = options.map((o) => {
      const input = h('input', {
        type, name: field, value: o.value, checked: o.checked, 'aria-describedby': errId(field),
        onchange: () => {
          onChange(input);
          edited(field);
        },
      });
      return input;
    });
    mark(field, inputs);
    return h('fieldset', { class: `field group ${cls}`, id: `in-${field}` },
      h('legend', null, ...labelText(legend)),
      hint ? h('p', { class: 'hint' }, tr(hint)) : null,
      h('div', { class: 'options' }, ...options.map((o, i) => h('label', { class: 'opt', 'data-testid': `${field}-${o.value}` }, inputs[i]!, h('span', null, o.label)))),
      errorSlot(field));
  };

  const yesNo = (field: 'keyAreaTravel' | 'caseContact', legend: Term) => choices(field, legend, 'radio', [
    { value: 'yes', label: tr(T.yes), checked: draft[field] === true },
    { value: 'no', label: tr(T.no), checked: draft[field] === false },
  ], (input) => {
    draft[field] = input.value === 'yes';
  }, undefined, 'two');

  // Temperature: a decimal keyboard, and −/+ 0.1 buttons for a thermometer reading.
  const temperature = h('input', {
    id: 'in-temperature', name: 'temperature', type: 'text', inputmode: 'decimal', autocomplete: 'off', maxlength: 5, value: draft.temperature,
    placeholder: tr(T.temperaturePlaceholder), required: true, 'data-testid': 'in-temperature', 'aria-describedby': `temp-hint ${errId('temperature')}`,
    oninput: () => {
      draft.temperature = temperature.value;
      edited('temperature');
    },
  });
  mark('temperature', [temperature]);
  const step = (delta: number, label: Term, sign: string) => h('button', {
    type: 'button', class: 'step', 'aria-label': tr(label), 'data-testid': delta > 0 ? 'temp-up' : 'temp-down',
    onclick: () => {
      temperature.value = draft.temperature = stepTemperature(temperature.value, delta);
      edited('temperature');
    },
  }, sign);

  const symptomOptions: { value: Symptom | 'none'; label: string; checked: boolean }[] = [
    { value: 'none', label: tr(T.noSymptoms), checked: draft.symptoms === 'none' },
    ...SYMPTOM.codes.map((code) => ({ value: code, label: tr(SYMPTOM.labels[code]), checked: draft.symptoms !== 'none' && draft.symptoms.includes(code) })),
  ];
  const symptoms = choices('symptoms', T.symptoms, 'checkbox', symptomOptions, (input) => {
    // "无" excludes the others, and a symptom excludes "无".
    const all = controls.get('symptoms') as HTMLInputElement[];
    if (input.checked) for (const other of all) if ((other.value === 'none') !== (input.value === 'none')) other.checked = false;
    draft.symptoms = all[0]!.checked ? 'none' : all.filter((i) => i.checked).map((i) => i.value as Symptom);
  }, T.symptomsHint, 'chips');

  const rememberRow = state.forFamily
    ? h('div', { class: 'family', role: 'note', 'data-testid': 'family-note' }, h('span', null, tr(T.family)),
      h('button', { type: 'button', class: 'link', onclick: actions.declareForSelf }, tr(T.backToSelf)))
    : h('div', { class: 'remember' },
      h('label', { class: 'check', 'data-testid': 'remember' },
        h('input', { type: 'checkbox', name: 'remember', checked: state.remember, 'aria-describedby': 'remember-hint', onchange: (e) => { state.remember = (e.target as HTMLInputElement).checked; } }),
        h('span', null, tr(T.remember))),
      state.remembered ? h('button', { type: 'button', class: 'link', 'data-testid': 'forget', onclick: actions.forget }, tr(T.forget)) : null,
      h('p', { class: 'hint', id: 'remember-hint' }, tr(T.rememberHint)));

  const failureBox = h('div', { class: 'failure', role: 'alert', tabindex: -1, 'data-testid': 'failure' });
  const button = h('button', { type: 'submit', class: 'primary', 'data-testid': 'submit' }, tr(T.submit));

  const form = h('form', {
    class: 'form', novalidate: true, 'aria-label': tr(T.appTitle),
    onsubmit: (e) => {
      e.preventDefault();
      actions.submit();
    },
  },
  state.notice ? h('p', { class: 'notice', role: 'status' }, tr(state.notice)) : null,
  h('section', { class: 'card' },
    textField('name', T.name, { type: 'text', autocomplete: 'name', maxlength: NAME_MAX, placeholder: tr(T.namePlaceholder), enterkeyhint: 'next' }),
    textField('phone', T.phone, { type: 'tel', inputmode: 'numeric', autocomplete: 'tel-national', maxlength: 16, placeholder: tr(T.phonePlaceholder), enterkeyhint: 'next' }),
    textField('idNumber', T.idNumber, { type: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', maxlength: 20, placeholder: tr(T.idPlaceholder), optional: true, enterkeyhint: 'next' }),
    rememberRow),
  h('section', { class: 'card' },
    choices('direction', T.direction, 'radio', DECLARATION_DIRECTION.codes.map((code) => ({ value: code, label: tr(DECLARATION_DIRECTION.labels[code]), checked: draft.direction === code })),
      (input) => { draft.direction = input.value as DeclarationDirection; }, undefined, 'two big'),
    h('div', { class: 'field' },
      h('label', { for: 'in-temperature' }, ...labelText(T.temperature)),
      h('div', { class: 'stepper' }, step(-0.1, T.colder, '−'), temperature, step(0.1, T.warmer, '+')),
      h('p', { class: 'hint', id: 'temp-hint' }, tr(T.temperatureHint)),
      errorSlot('temperature')),
    symptoms,
    yesNo('keyAreaTravel', T.keyArea),
    yesNo('caseContact', T.caseContact)),
  h('section', { class: 'submit' }, failureBox, h('p', { class: 'consent' }, tr(T.consent)), button));

  function refresh(focus = false): void {
    for (const field of FIELD_ORDER) {
      const message = state.errors[field];
      const slot = errorSlots.get(field)!;
      slot.textContent = message ? tr(message) : '';
      slot.hidden = !message;
      for (const input of controls.get(field) ?? []) {
        if (message) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
      slot.closest('.field')?.classList.toggle('invalid', Boolean(message));
    }
    const { failure } = state;
    failureBox.replaceChildren();
    failureBox.hidden = !failure;
    if (failure) {
      failureBox.append(h('p', null, tr(failure.message)));
      if (failure.detail) failureBox.append(h('p', { class: 'detail' }, failure.detail));
      if (failure.retry) failureBox.append(h('button', { type: 'button', class: 'secondary', 'data-testid': 'retry', onclick: actions.submit }, tr(T.retry)));
    }
    if (focus) {
      const first = FIELD_ORDER.find((f) => state.errors[f]);
      const target = first ? controls.get(first)?.[0] : failure ? failureBox : undefined;
      if (target) {
        target.closest('.field')?.scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
      }
    }
  }

  function busy(text: string | null): void {
    button.disabled = text !== null;
    button.textContent = text ?? tr(T.submit);
    button.setAttribute('aria-busy', String(text !== null));
  }

  refresh();
  return { el: form, refresh, busy };
}
