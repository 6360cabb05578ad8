// The metric names a set of Prometheus rules reads, so a test can check that the API exports each
// one: a metric renamed in the code would otherwise leave its alert silently watching nothing.

// Series Prometheus makes itself, not the application.
const SCRAPE_SERIES = new Set(['up', 'scrape_duration_seconds', 'scrape_samples_scraped']);
const KEYWORDS = new Set([
  'and',
  'or',
  'unless',
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'offset',
  'inf',
  'nan',
]);
const HISTOGRAM_SUFFIX = /_(bucket|count|sum)$/;

/** Every metric name in the `expr` of the rules (histogram series reduced to their histogram). */
export function metricNamesInRules(rules: { groups: Array<{ rules: Array<{ expr: string }> }> }): Set<string> {
  const names = new Set<string>();
  for (const group of rules.groups) {
    for (const { expr } of group.rules) {
      const bare = expr
        .replace(/\{[^}]*\}/g, ' ') // label matchers
        .replace(/\[[^\]]*\]/g, ' ') // ranges
        .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ') // label lists
        .replace(/"[^"]*"|'[^']*'/g, ' ');
      for (const match of bare.matchAll(/[a-zA-Z_:][\w:]*/g)) {
        const token = match[0];
        // A function name (rate, sum, histogram_quantile) has `(` after it.
        const after = bare.slice(match.index! + token.length).trimStart();
        if (after.startsWith('(') || KEYWORDS.has(token) || SCRAPE_SERIES.has(token)) continue;
        names.add(token);
      }
    }
  }
  return names;
}

/** The names among `used` that no exported metric provides (histograms export _bucket/_count/_sum). */
export function unknownMetrics(used: Set<string>, exported: Set<string>): string[] {
  return [...used].filter((name) => !exported.has(name) && !exported.has(name.replace(HISTOGRAM_SUFFIX, ''))).sort();
}
