import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Container } from './objects.js';

export interface Instruction {
  keyword: string;
  args: string;
}

export interface Stage {
  from: string;
  name: string | null;
  instructions: Instruction[];
}

/** A Dockerfile's stages: continuation lines joined, comments and parser directives dropped. */
export function parseDockerfile(text: string): Stage[] {
  const lines: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    lines.push(pending + line);
    pending = '';
  }
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      const [, from = '', name = null] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      stages.push({ from, name, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
    }
  }
  return stages;
}

/** An exec-form argument list (`["node", "index.mjs"]`), or null for the shell form. */
function execForm(args: string): string[] | null {
  if (!args.startsWith('[')) return null;
  try {
    const parsed = JSON.parse(args) as unknown;
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

export interface ImageExpectation {
  service: string;
  /** The service's artifact, by repository path (what its build produces). */
  artifact: string;
  /** Its Deployment's container in deploy/k8s. */
  container: Container & { command?: string[]; args?: string[] };
  /** The pod's runAsUser. */
  runAsUser: number | undefined;
  repositoryRoot: string;
}

/**
 * What every service image must keep: built in a stage of its own, then a final stage that copies
 * only that service's artifact from it, runs as the non-root numeric user its Deployment runs as,
 * checks its own /healthz, and starts with plain node on a file the build really produced; the
 * Deployment runs the image's command as it is and exposes a port the image serves.
 */
export function dockerfileProblems(stages: Stage[], expected: ImageExpectation): string[] {
  const problems: string[] = [];
  const final = stages.at(-1);
  if (!final) return ['no FROM'];
  const buildStages = stages.slice(0, -1).map((stage) => stage.name);
  if (buildStages.length === 0) problems.push('is not multi-stage: the image would carry the build');
  if (final.name && buildStages.includes(final.name)) problems.push('the final stage reuses a build stage name');
  if (buildStages.includes(final.from)) problems.push(`the final stage starts FROM the build stage ${final.from}`);
  const all = (keyword: string) => final.instructions.filter((instruction) => instruction.keyword === keyword);

  const workdir = all('WORKDIR').at(-1)?.args ?? '/';
  const copies = [...all('COPY'), ...all('ADD')];
  if (copies.length === 0) problems.push('copies nothing into the final stage');
  const artifactDir = `${expected.artifact.replace(/\/$/, '')}/`;
  let destination: string | null = null;
  for (const copy of copies) {
    const words = copy.args.split(/\s+/);
    const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
    const paths = words.filter((word) => !word.startsWith('--'));
    const target = paths.pop() ?? '';
    if (copy.keyword === 'ADD' || !from || !buildStages.includes(from)) {
      problems.push(`${copy.keyword} ${copy.args}: the final stage takes files only from the build stage`);
      continue;
    }
    for (const source of paths) {
      const relative = posix.relative('/repo', posix.normalize(source));
      if (`${relative.replace(/\/$/, '')}/` !== artifactDir) {
        problems.push(`COPY ${source}: copies something other than the artifact ${expected.artifact}`);
      }
    }
    destination = posix.resolve(workdir, target);
  }

  const user = all('USER').at(-1)?.args;
  const [uid, gid] = (user ?? '').split(':');
  if (!user) problems.push('has no USER: it would run as root');
  else if (!/^\d+$/.test(uid ?? '') || (gid !== undefined && !/^\d+$/.test(gid))) {
    problems.push(`USER ${user} is not numeric: runAsNonRoot cannot check a name`);
  } else if (Number(uid) === 0 || Number(gid ?? 1) === 0) problems.push(`USER ${user} is root`);
  else if (expected.runAsUser !== undefined && Number(uid) !== expected.runAsUser) {
    problems.push(`USER ${user} is not the Deployment's runAsUser ${expected.runAsUser}`);
  }

  const httpPort = expected.container.ports?.find((port) => port.name === 'http')?.containerPort;
  const healthcheck = all('HEALTHCHECK').at(-1)?.args ?? '';
  if (!healthcheck || /^NONE$/i.test(healthcheck)) problems.push('has no HEALTHCHECK');
  else if (!healthcheck.includes(`:${httpPort}/healthz`)) {
    problems.push(`HEALTHCHECK does not ask GET /healthz on the Deployment's http port ${httpPort}`);
  }
  const exposed = all('EXPOSE').flatMap((expose) => expose.args.split(/\s+/).map((port) => Number(port.split('/')[0])));
  for (const port of expected.container.ports ?? []) {
    if (!exposed.includes(port.containerPort))
      problems.push(`does not EXPOSE the Deployment's port ${port.containerPort}`);
  }

  const cmd = all('CMD').at(-1);
  const command = cmd ? execForm(cmd.args) : null;
  if (all('ENTRYPOINT').length > 0) problems.push('has an ENTRYPOINT: CMD alone says what runs');
  if (!command || command[0] !== 'node') problems.push(`CMD ${cmd?.args ?? '(none)'} is not ["node", …] in exec form`);
  else {
    const script = command.slice(1).find((arg) => !arg.startsWith('-'));
    const inImage = script ? posix.resolve(workdir, script) : null;
    if (!inImage || !destination || !inImage.startsWith(`${destination.replace(/\/$/, '')}/`)) {
      problems.push(`CMD runs ${script ?? 'nothing'}, which is not in the copied artifact`);
    } else {
      const inArtifact = join(expected.repositoryRoot, artifactDir, posix.relative(destination, inImage));
      if (!existsSync(inArtifact)) {
        problems.push(`CMD runs ${script}, which the build did not produce (${inArtifact} is missing: npm run build)`);
      }
    }
  }

  if (expected.container.command || expected.container.args) {
    problems.push(
      `the Deployment overrides the image's command: ${JSON.stringify(expected.container.command ?? expected.container.args)}`,
    );
  }
  if (expected.container.image?.split(':')[0] !== `commerce/${expected.service}`) {
    problems.push(`the Deployment runs ${expected.container.image}, not commerce/${expected.service}`);
  }
  if (expected.container.securityContext?.readOnlyRootFilesystem !== true) {
    problems.push("the Deployment's container has no read-only root filesystem");
  }
  return problems;
}
