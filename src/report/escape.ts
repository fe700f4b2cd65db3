/**
 * Text that comes from files (model names, layer names and types, paths, error messages)
 * is data. These functions make it inert wherever it is shown, so a model named
 * `<img src=x> @octocat **bold** | x` prints those characters and nothing else.
 */

const ZWSP = '\u200b';

// Markdown and HTML syntax characters become numeric entities: GitHub renders them as the
// plain character and never as syntax (a table pipe, emphasis, a link, a tag, math).
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '~': '&#126;',
  $: '&#36;',
};

/** Characters no text field should carry into a report: controls (ANSI escapes among them), bidi overrides. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Shorten to `max` code points, marking the cut. */
export function truncate(text: string, max: number): string {
  const cps = Array.from(text);
  return cps.length <= max ? text : `${cps.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * Inert markdown for one line of text (a table cell, a list item, a summary).
 * Mentions and issue references are filtered by GitHub after rendering, on the decoded
 * text, so an entity would not stop them: a zero-width space after `@` and `#` does.
 * The same goes for autolinked URLs (`https://`, `www.`).
 */
export function md(text: string, max = 200): string {
  const flat = truncate(String(text).replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, ''), max);
  // URL breakers first, on the raw text; then one pass over characters, so no
  // replacement is ever applied to another's output (an entity's `#`, for one).
  return flat
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/www\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`)
    .replace(/[&<>"|`*_[\]\\~$@#]/g, (c) => ENTITIES[c] ?? c + ZWSP);
}

/** A label inside a Mermaid block, where entities mean nothing: keep a safe alphabet only. */
export function mermaidLabel(text: string, max = 40): string {
  const safe = String(text)
    .replace(/[^A-Za-z0-9 .+\-/]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(safe || 'model', max);
}

/** Text for a terminal: no control characters, so a name cannot move the cursor or recolour. */
export function plain(text: string, max = 200): string {
  return truncate(String(text).replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, '?'), max);
}
