import { afterAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../env.js';
import { buildInfo, setBuildInfo } from '../build-info.js';
import { createMetrics, metricsRegistry } from './metrics.js';

describe('metrics carry the build', () => {
  const before = buildInfo();
  afterAll(() => setBuildInfo({ BUILD_VERSION: before.version, BUILD_COMMIT: before.commit }));

  it('labels every series with the version and says which build each service runs', async () => {
    setBuildInfo(loadEnv({ BUILD_VERSION: '2026.12.03-1', BUILD_COMMIT: '83ccd65' }));
    createMetrics('catalog').observeRequest('/graphql', 200, 0.01);
    const text = await metricsRegistry.metrics();
    const series = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(series.length).toBeGreaterThan(10);
    const unlabelled = series.filter((line) => !line.includes('service_version="2026.12.03-1"'));
    expect(unlabelled).toEqual([]);
    expect(text).toMatch(
      /^commerce_build_info\{service="catalog",version="2026\.12\.03-1",commit="83ccd65",service_version="2026\.12\.03-1"\} 1$/m,
    );
  });

  it("defaults to the package's version and an unknown commit, and refuses values unfit for a label", () => {
    setBuildInfo(loadEnv({}));
    expect(buildInfo()).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+/), commit: 'unknown' });
    expect(() => loadEnv({ BUILD_COMMIT: 'x"} 1\nevil' })).toThrow(/BUILD_COMMIT/);
  });
});
