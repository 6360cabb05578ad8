import type { ImageArt } from './tables.js';
import { escapeMarkup } from '../../platform/text.js';

// Draws the demo catalog's product images: a soft gradient backdrop, a shape in the product's
// colour with a floor shadow, and a label. Art comes from the database, so every value that
// reaches the markup is checked (colours) or escaped (text).

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

type Rgb = [number, number, number];

function parseColor(value: string, fallback: string): Rgb {
  let hex = HEX.test(value) ? value.slice(1) : fallback.slice(1);
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Moves a colour towards white (amount > 0) or black (amount < 0). */
function shade(rgb: Rgb, amount: number): string {
  const target = amount > 0 ? 255 : 0;
  return toHex(rgb.map((c) => c + (target - c) * Math.abs(amount)) as Rgb);
}

function luminance([r, g, b]: Rgb): number {
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

const num = (value: number) => String(Math.round(value * 10) / 10);

function drawShape(art: ImageArt, cx: number, cy: number, size: number, fg: Rgb): string {
  const fill = toHex(fg);
  const edge = shade(fg, luminance(fg) > 0.8 ? -0.12 : -0.25);
  const stroke = `stroke="${edge}" stroke-width="${num(size * 0.012)}"`;
  const half = size / 2;
  switch (art.shape) {
    case 'circle':
      return (
        `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(half)}" fill="${fill}" ${stroke}/>` +
        `<circle cx="${num(cx - half * 0.3)}" cy="${num(cy - half * 0.3)}" r="${num(half * 0.35)}" fill="#fff" opacity="0.18"/>`
      );
    case 'triangle': {
      const top = cy - half * 1.05;
      const bottom = cy + half * 0.85;
      const points = [
        [cx, top],
        [cx + half * 1.1, bottom],
        [cx - half * 1.1, bottom],
      ];
      return `<polygon points="${points.map(([x, y]) => `${num(x!)},${num(y!)}`).join(' ')}" fill="${fill}" ${stroke} stroke-linejoin="round"/>`;
    }
    case 'stripes': {
      const band = size / 7;
      const stripes = [1, 3, 5].map(
        (i) =>
          `<rect x="${num(cx - half)}" y="${num(cy - half + band * i)}" width="${num(size)}" height="${num(band)}" fill="${shade(fg, 0.35)}"/>`,
      );
      return (
        `<clipPath id="shape"><rect x="${num(cx - half)}" y="${num(cy - half)}" width="${num(size)}" height="${num(size)}" rx="${num(size * 0.14)}"/></clipPath>` +
        `<g clip-path="url(#shape)"><rect x="${num(cx - half)}" y="${num(cy - half)}" width="${num(size)}" height="${num(size)}" fill="${fill}"/>${stripes.join('')}</g>` +
        `<rect x="${num(cx - half)}" y="${num(cy - half)}" width="${num(size)}" height="${num(size)}" rx="${num(size * 0.14)}" fill="none" ${stroke}/>`
      );
    }
    default:
      return (
        `<rect x="${num(cx - half)}" y="${num(cy - half)}" width="${num(size)}" height="${num(size)}" rx="${num(size * 0.14)}" fill="${fill}" ${stroke}/>` +
        `<rect x="${num(cx - half * 0.7)}" y="${num(cy - half * 0.7)}" width="${num(size * 0.35)}" height="${num(size * 0.12)}" rx="${num(size * 0.06)}" fill="#fff" opacity="0.2"/>`
      );
  }
}

/** A standalone SVG document for `art` at `width` × `height` pixels. */
export function renderImageSvg(art: ImageArt, width: number, height: number, altText?: string | null): string {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const bg = parseColor(art.background, '#eeeeee');
  const fg = parseColor(art.foreground, '#555555');
  const short = Math.min(w, h);
  const size = short * 0.42;
  const cx = w / 2;
  const cy = h * 0.44;
  const label = art.label.trim().slice(0, 40);
  // Sized so the longest labels still fit across the image; below ~160 px text is only noise.
  const fontSize = Math.min(short * 0.075, (w * 0.84) / Math.max(1, label.length * 0.58));
  const showLabel = label.length > 0 && short >= 160;
  const ink = luminance(bg) > 0.55 ? '#1f2024' : '#ffffff';
  const title = escapeMarkup((altText ?? art.label).trim() || 'Product image');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img">`,
    `<title>${title}</title>`,
    '<defs>',
    `<linearGradient id="bg" x1="0" y1="0" x2="0.35" y2="1"><stop offset="0" stop-color="${shade(bg, 0.35)}"/><stop offset="1" stop-color="${shade(bg, -0.08)}"/></linearGradient>`,
    '<radialGradient id="floor"><stop offset="0" stop-color="#000" stop-opacity="0.22"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient>',
    '</defs>',
    `<rect width="${w}" height="${h}" fill="url(#bg)"/>`,
    `<ellipse cx="${num(cx)}" cy="${num(cy + size * 0.58)}" rx="${num(size * 0.62)}" ry="${num(size * 0.09)}" fill="url(#floor)"/>`,
    drawShape(art, cx, cy, size, fg),
    showLabel
      ? `<text x="${num(cx)}" y="${num(h * 0.86)}" text-anchor="middle" font-family="${FONT}" font-size="${num(fontSize)}" font-weight="600" letter-spacing="${num(fontSize * 0.04)}" fill="${ink}" fill-opacity="0.82">${escapeMarkup(label)}</text>`
      : '',
    '</svg>',
  ].join('');
}
