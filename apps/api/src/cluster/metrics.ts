import { AggregatorRegistry } from 'prom-client';
import { metricsRegistry } from '../platform/http/metrics.js';

// One scrape of the admin port sees every process: the primary asks each worker for its
// registry over the cluster channel and sums them (prom-client's AggregatorRegistry; counters
// and histograms add up, gauges such as heap size are summed too, per prom-client's defaults).

/** In a worker: answer the primary's requests for this process's metrics. */
export function answerPrimaryScrapes(): void {
  AggregatorRegistry.setRegistries([metricsRegistry]);
  new AggregatorRegistry(); // its constructor installs the worker's listener
}

/** In the primary: the admin server's source, every worker's metrics summed. */
export function clusterMetricsSource(): { contentType: string; collect(): Promise<string> } {
  const aggregator = new AggregatorRegistry();
  return { contentType: aggregator.contentType, collect: () => aggregator.clusterMetrics() };
}
