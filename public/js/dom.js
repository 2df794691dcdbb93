// Building elements with text set as text, never as HTML: everything an answer says is shown, never interpreted.

/**
 * h('p', { class: 'x', onclick: fn }, 'text', child) → <p class="x">text<child/></p>.
 * Attributes starting with "on" become listeners; strings become text nodes.
 */
export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'class') el.className = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Number.POSITIVE_INFINITY)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Lines of text as paragraphs, so that newlines in an answer show as lines. */
export function paragraphs(text, className) {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => h('p', { class: className }, line));
}
