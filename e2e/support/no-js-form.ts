import { rawRequest, type RawResponse } from './http.js';

// A form submitted the way a browser without JavaScript does it, from a chosen loopback source
// address: a page's server-action form posts multipart/form-data with its hidden fields.

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** The hidden inputs of the page's first POST form (React's server-action fields among them). */
export function hiddenFields(html: string): [string, string][] {
  const form = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/gi)]
    .map(([match]) => match)
    .find((candidate) => /^<form\b[^>]*method="post"/i.test(candidate));
  if (!form) throw new Error('no POST <form> in the page');
  const fields: [string, string][] = [];
  for (const [input] of form.matchAll(/<input\b[^>]*>/gi)) {
    if (!/type="hidden"/i.test(input)) continue;
    const name = /name="([^"]*)"/i.exec(input)?.[1];
    if (name === undefined) continue;
    fields.push([decodeEntities(name), decodeEntities(/value="([^"]*)"/i.exec(input)?.[1] ?? '')]);
  }
  return fields;
}

/** GETs the page with the form, then posts it with `values` added, both from `localAddress`. */
export async function submitFormWithoutJs(
  url: string,
  values: Record<string, string>,
  localAddress: string,
): Promise<RawResponse> {
  const page = await rawRequest(url, { localAddress });
  if (page.status !== 200) throw new Error(`GET ${url} answered ${page.status}`);
  const form = new FormData();
  for (const [name, value] of hiddenFields(page.body)) form.append(name, value);
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  const encoded = new Request(url, { method: 'POST', body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  return rawRequest(url, {
    method: 'POST',
    body,
    localAddress,
    headers: { 'content-type': encoded.headers.get('content-type') ?? '', accept: 'text/html' },
  });
}
