import { within } from '@testing-library/dom';
import { Window } from 'happy-dom';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** Static markup, as a server component would send it. */
export const render = (element: ReactElement): string => renderToStaticMarkup(element);

/**
 * Renders to static markup and parses it into a DOM, so tests can ask what assistive
 * technology would find: roles, accessible names, states (`getByRole('link', { name })`).
 */
export function renderDom(element: ReactElement) {
  const html = renderToStaticMarkup(element);
  const window = new Window();
  window.document.body.innerHTML = html;
  const body = window.document.body as unknown as HTMLElement;
  return { html, body, ...within(body) };
}

/** The text a screen reader gets: tags stripped, visually hidden text kept, entities decoded. */
export const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
