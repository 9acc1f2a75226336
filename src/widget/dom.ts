/**
 * DOM building without HTML parsing: children that are strings become Text nodes, so text from the server
 * or a document can never turn into markup. Attribute names are always literals in the widget's code.
 */
type Attrs = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  el.append(...children);
  return el;
}

let nextId = 0;
/** An id for ARIA references (label, controls, describedby), unique even with several widgets on a page. */
export const uid = (prefix: string): string => `sv-${prefix}-${++nextId}`;

const SVG = 'http://www.w3.org/2000/svg';

/** A 24×24 stroked icon, hidden from assistive technology (its button carries the name). */
export function icon(path: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const p = document.createElementNS(SVG, 'path');
  p.setAttribute('d', path);
  p.setAttribute('fill', 'none');
  p.setAttribute('stroke', 'currentColor');
  p.setAttribute('stroke-width', '2');
  p.setAttribute('stroke-linecap', 'round');
  p.setAttribute('stroke-linejoin', 'round');
  svg.append(p);
  return svg;
}

export const ICONS = {
  chat: 'M4 5h16v11H9l-5 4z',
  close: 'M6 6l12 12M18 6L6 18',
  send: 'M4 12l16-8-6 16-2-6z',
  up: 'M7 11v9H4v-9zM7 11l4-7c1.5 0 2.5 1 2 2.5L12 10h6.5a2 2 0 0 1 2 2.4l-1.4 6A2 2 0 0 1 17.1 20H7',
  down: 'M7 13V4H4v9zM7 13l4 7c1.5 0 2.5-1 2-2.5L12 14h6.5a2 2 0 0 0 2-2.4l-1.4-6A2 2 0 0 0 17.1 4H7',
} as const;
