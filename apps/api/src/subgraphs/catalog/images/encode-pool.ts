import { Piscina } from 'piscina';
// sharp must be loaded by the main thread before workers use it, so its shared libraries stay
// loaded when a worker exits (sharp's install notes on worker threads; lovell/sharp#2263).
import 'sharp';

// Encoding runs in a piscina worker pool, off the event loop that serves the catalog's GraphQL:
// the SVG parse, resize and encode and their JavaScript glue happen in worker threads, and the
// pool has as many threads as encodes may run at once (the queue in encode-queue.ts admits no
// more), so piscina's own queue stays empty. A separate process would isolate CPU further but
// costs a process per instance to supervise; the bound on threads is what keeps CPU for GraphQL.

/** The raster formats the storefront uses (AVIF and PNG are not served: image-service.ts). */
export type RasterFormat = 'webp' | 'jpg';

export interface EncodeJob {
  svg: string;
  format: RasterFormat;
  width: number;
  height: number;
}

export type EncodeImage = (job: EncodeJob) => Promise<Buffer>;

export interface EncodePool {
  encode: EncodeImage;
  threads(): number;
  close(): Promise<void>;
}

export function createEncodePool(options: { threads: number; timeoutMs: number }): EncodePool {
  const pool = new Piscina<EncodeJob, Uint8Array>({
    filename: new URL('./encode-worker.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: options.threads,
    idleTimeout: 30_000,
    workerData: { timeoutSeconds: Math.max(1, Math.ceil(options.timeoutMs / 1000)) },
  });
  return {
    encode: async (job) => {
      const bytes = await pool.run(job);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    threads: () => pool.threads.length,
    // Not `force`: that terminates workers mid-encode; running encodes end within sharp's timeout.
    close: () => pool.close(),
  };
}
