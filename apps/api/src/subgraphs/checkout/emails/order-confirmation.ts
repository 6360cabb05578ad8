import type { AddressJson, OrderLineRow, OrderRow } from '../tables.js';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Everything in the email that came from a shopper or a merchant is text, never markup. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

const money = (amount: string, currency: string) => `${amount} ${currency}`;

function addressLines(address: AddressJson | null): string[] {
  if (!address) return [];
  const name = [address.firstName, address.lastName].filter(Boolean).join(' ');
  const city = [address.zip, address.city].filter(Boolean).join(' ');
  return [
    name,
    address.company,
    address.address1,
    address.address2,
    city,
    address.province,
    address.countryCode,
  ].filter((line): line is string => Boolean(line));
}

/** The order confirmation: a subject, an HTML body with every value escaped, and a plain-text body. */
export function renderOrderConfirmation(
  order: OrderRow,
  lines: readonly OrderLineRow[],
  shopName: string,
): RenderedEmail {
  const currency = order.currencyCode;
  const subject = `${shopName}: order #${order.number} confirmed`;
  const lineName = (line: OrderLineRow) => (line.variantTitle ? `${line.title} (${line.variantTitle})` : line.title);
  const totals: Array<[string, string]> = [
    ['Subtotal', money(order.subtotal, currency)],
    ['Shipping', money(order.shipping, currency)],
    ['Tax', money(order.tax, currency)],
    ['Total', money(order.total, currency)],
  ];
  const address = addressLines(order.shippingAddress);

  const text = [
    `Thank you for your order #${order.number}.`,
    '',
    ...lines.map((line) => `${line.quantity} × ${lineName(line)}  ${money(line.total, currency)}`),
    '',
    ...totals.map(([label, value]) => `${label}: ${value}`),
    ...(address.length ? ['', 'Shipping to:', ...address] : []),
    '',
    shopName,
  ].join('\n');

  const row = (cells: string[]) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  const html = [
    '<!doctype html><html><body>',
    `<h1>Thank you for your order #${order.number}</h1>`,
    '<table>',
    ...lines.map((line) =>
      row([String(line.quantity), escapeHtml(lineName(line)), escapeHtml(money(line.total, currency))]),
    ),
    '</table>',
    '<table>',
    ...totals.map(([label, value]) => row([label, escapeHtml(value)])),
    '</table>',
    address.length ? `<p>Shipping to:<br>${address.map(escapeHtml).join('<br>')}</p>` : '',
    `<p>${escapeHtml(shopName)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, html, text };
}
