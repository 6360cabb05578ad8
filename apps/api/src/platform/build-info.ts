import packageJson from '../../package.json' with { type: 'json' };

/**
 * What build this process runs, for the operator who must find which deploy broke what: every
 * metric series carries `service_version`, `commerce_build_info` names the commit, every log line
 * the version. The release sets BUILD_VERSION (a tag) and BUILD_COMMIT (the git commit) in the
 * image (env.ts); without them the version is the api package's and the commit `unknown`.
 */
export interface BuildInfo {
  version: string;
  commit: string;
}

let current: BuildInfo = { version: packageJson.version, commit: 'unknown' };

export function buildInfo(): BuildInfo {
  return current;
}

/** Called once at start-up (main.ts), before any service registers its metrics. */
export function setBuildInfo(env: { BUILD_VERSION?: string; BUILD_COMMIT: string }): void {
  current = { version: env.BUILD_VERSION ?? packageJson.version, commit: env.BUILD_COMMIT };
}
