import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dockerfileProblems, parseDockerfile, type ImageExpectation, type Stage } from './dockerfile.js';
import type { K8sObject } from './objects.js';

// deploy/docker/<service>.Dockerfile, one per Deployment of deploy/k8s/base. No Docker engine
// runs where the tests do, so the images are not built here: what they copy is (the artifacts,
// which apps/api's artifacts.integration.test.ts starts with plain node), and each Dockerfile is
// held to the rules in dockerfile.ts against its Deployment and the build's real output.

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const dockerDir = fileURLToPath(new URL('../../docker/', import.meta.url));
const baseDir = fileURLToPath(new URL('../base/', import.meta.url));

const API_SERVICES = ['gateway', 'catalog', 'inventory', 'customers', 'cart', 'checkout', 'content', 'worker'];
const ARTIFACTS: Record<string, string> = {
  ...Object.fromEntries(API_SERVICES.map((name) => [name, `apps/api/dist/${name}`])),
  storefront: 'apps/storefront/dist',
};

interface Pod {
  spec: {
    template: {
      spec: { securityContext?: { runAsUser?: number }; containers: ImageExpectation['container'][] };
    };
  };
}

function expectation(service: string): ImageExpectation {
  const deployment = parse(readFileSync(`${baseDir}${service}.yaml`, 'utf8').split(/^---$/m)[0]!) as K8sObject & Pod;
  const container = deployment.spec.template.spec.containers.find((candidate) => candidate.name === service)!;
  return {
    service,
    artifact: ARTIFACTS[service]!,
    container,
    runAsUser: deployment.spec.template.spec.securityContext?.runAsUser,
    repositoryRoot,
  };
}

const stagesOf = (service: string) => parseDockerfile(readFileSync(`${dockerDir}${service}.Dockerfile`, 'utf8'));

describe('deploy/docker', () => {
  it('has a Dockerfile for each Deployment and no other', () => {
    const deployments = readdirSync(baseDir)
      .filter((file) => file.endsWith('.yaml'))
      .filter((file) => /^kind: Deployment$/m.test(readFileSync(`${baseDir}${file}`, 'utf8')))
      .map((file) => file.replace(/\.yaml$/, ''))
      .sort();
    const dockerfiles = readdirSync(dockerDir)
      .filter((file) => file.endsWith('.Dockerfile'))
      .map((file) => file.replace(/\.Dockerfile$/, ''))
      .sort();
    expect(dockerfiles).toEqual(deployments);
    expect(Object.keys(ARTIFACTS).sort()).toEqual(deployments);
  });

  it.each(Object.keys(ARTIFACTS))('%s: its image keeps every rule and runs what its build produced', (service) => {
    expect(dockerfileProblems(stagesOf(service), expectation(service))).toEqual([]);
  });
});

// Each rule broken on purpose in a copy of the catalog's Dockerfile: the problem names it.
describe('a Dockerfile breaking a rule is caught', () => {
  const change = (edit: (stages: Stage[]) => void) => {
    const stages = structuredClone(stagesOf('catalog'));
    edit(stages);
    return dockerfileProblems(stages, expectation('catalog')).join('\n');
  };
  const final = (stages: Stage[]) => stages.at(-1)!;
  const replace = (stages: Stage[], keyword: string, args: string | null) => {
    const instructions = final(stages).instructions.filter((instruction) => instruction.keyword !== keyword);
    final(stages).instructions = args === null ? instructions : [...instructions, { keyword, args }];
  };

  it.each<[string, (stages: Stage[]) => void, RegExp]>([
    ['one stage', (stages) => stages.splice(0, stages.length - 1), /not multi-stage/],
    ['no USER', (stages) => replace(stages, 'USER', null), /has no USER/],
    ['USER root', (stages) => replace(stages, 'USER', '0:0'), /USER 0:0 is root/],
    ['USER by name', (stages) => replace(stages, 'USER', 'node'), /USER node is not numeric/],
    ['no HEALTHCHECK', (stages) => replace(stages, 'HEALTHCHECK', null), /has no HEALTHCHECK/],
    [
      'a HEALTHCHECK on another port',
      (stages) => replace(stages, 'HEALTHCHECK', 'CMD ["node", "-e", "fetch(\'http://127.0.0.1:4000/healthz\')"]'),
      /HEALTHCHECK does not ask GET \/healthz on the Deployment's http port 4001/,
    ],
    [
      'a COPY from the build context',
      (stages) => final(stages).instructions.push({ keyword: 'COPY', args: 'apps/api/src /app/src' }),
      /COPY apps\/api\/src \/app\/src: the final stage takes files only from the build stage/,
    ],
    [
      'a COPY of the whole workspace',
      (stages) =>
        final(stages).instructions.push({ keyword: 'COPY', args: '--from=build /repo/node_modules /app/node_modules' }),
      /copies something other than the artifact/,
    ],
    ['a shell-form CMD', (stages) => replace(stages, 'CMD', 'node index.mjs'), /is not \["node", …\] in exec form/],
    ['a CMD through npm', (stages) => replace(stages, 'CMD', '["npm", "start"]'), /is not \["node", …\] in exec form/],
    [
      'a CMD naming a file the build does not produce',
      (stages) => replace(stages, 'CMD', '["node", "main.js"]'),
      /CMD runs main.js, which the build did not produce/,
    ],
    [
      'a CMD outside the artifact',
      (stages) => replace(stages, 'CMD', '["node", "/repo/apps/api/src/main.ts"]'),
      /not in the copied artifact/,
    ],
  ])('%s', (_name, edit, problem) => {
    expect(change(edit)).toMatch(problem);
  });

  it('a Deployment that overrides the command, or runs another image', () => {
    const stages = stagesOf('catalog');
    const base = expectation('catalog');
    const overridden = { ...base, container: { ...base.container, command: ['node', 'src/main.ts'] } };
    expect(dockerfileProblems(stages, overridden).join('\n')).toMatch(/overrides the image's command/);
    const other = { ...base, container: { ...base.container, image: 'commerce/api' } };
    expect(dockerfileProblems(stages, other).join('\n')).toMatch(/runs commerce\/api, not commerce\/catalog/);
  });
});
