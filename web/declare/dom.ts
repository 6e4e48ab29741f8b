/** A few lines instead of a framework: the page must load fast on a cheap phone. */
type Child = Node | string | null | undefined | false;
type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue | ((event: Event) => void)>;

/**
 * h('button', { class: 'x', onclick: fn, disabled: true }, 'text'): `on…` keys add listeners,
 * `true` sets an empty attribute, `false`/`null`/`undefined` leave it out.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, '');
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
}

/** An inline SVG icon (markup from this code base only, never user input). */
export function icon(svg: string, className = 'icon'): HTMLSpanElement {
  const span = h('span', { class: className, 'aria-hidden': 'true' });
  span.innerHTML = svg;
  return span;
}

const SVG = (paths: string) => `<svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

export const ICONS = {
  check: SVG('<path d="M4.5 12.5l5 5 10-11"/>'),
  stop: SVG('<circle cx="12" cy="12" r="9.5"/><path d="M12 7v6.5M12 16.8v.2"/>'),
  qr: '<svg viewBox="0 0 24 24" width="1em" height="1em" fill="currentColor"><path fill-rule="evenodd" d="M3 3h8v8H3zm2 2v4h4V5zM13 3h8v8h-8zm2 2v4h4V5zM3 13h8v8H3zm2 2v4h4v-4z"/><path d="M6 6h2v2H6zM16 6h2v2h-2zM6 16h2v2H6zM13 13h3v3h-3zM18 13h3v3h-3zM13 18h3v3h-3zM16 16h2v2h-2zM18 18h3v3h-3z"/></svg>',
  wifi: SVG('<path d="M2 8.5a15 15 0 0 1 20 0M5 12a10 10 0 0 1 14 0M8.5 15.5a5 5 0 0 1 7 0M12 19v.2"/>'),
  pin: SVG('<path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>'),
} as const;
