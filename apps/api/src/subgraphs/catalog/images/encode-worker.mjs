// Runs in piscina's worker threads (plain JavaScript: workers load it without the TypeScript
// loader that tsx or vitest give the main thread). One libvips thread per encode, so the pool
// size bounds the CPU that images take; sharp's own timeout ends an encode that runs too long
// (terminating a worker mid-encode can crash the process: lovell/sharp#2263).
import { workerData } from 'piscina';
import { Buffer } from 'node:buffer';
import sharp from 'sharp';

sharp.concurrency(1);
sharp.cache(false);

/** @param {{ svg: string, format: 'webp' | 'jpg', width: number, height: number }} job */
export default async function encodeImage({ svg, format, width, height }) {
  const image = sharp(Buffer.from(svg), { limitInputPixels: 5760 * 5760 })
    .resize(width, height, { fit: 'fill' })
    .timeout({ seconds: workerData.timeoutSeconds });
  switch (format) {
    case 'webp':
      return image.webp({ quality: 80 }).toBuffer();
    case 'jpg':
      return image.jpeg({ quality: 82, mozjpeg: true }).toBuffer();
    default:
      throw new Error(`unknown format ${format}`);
  }
}
