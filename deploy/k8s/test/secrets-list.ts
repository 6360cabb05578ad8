import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { K8sObject, PodTemplate } from './objects.js';
import type { Problem } from './problems.js';

/** One line of deploy/environments/<env>/secrets.txt: a setting, its Secret/key, who reads it. */
export interface ListedSecret {
  setting: string;
  secret: string;
  key: string;
  services: string[];
}

const environmentsDir = fileURLToPath(new URL('../../environments/', import.meta.url));

export function readSecretsList(environment: string): ListedSecret[] {
  return readFileSync(`${environmentsDir}${environment}/secrets.txt`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [setting, ref, ...rest] = line.trim().split(/\s+/);
      const [secret, key] = (ref ?? '').split('/');
      return { setting: setting!, secret: secret!, key: key!, services: rest.filter((word) => word !== 'optional') };
    });
}

/**
 * The list is what the platform must create, so it must be exactly what the Deployments read:
 * every secretKeyRef listed for its service, every listed service reading it from that key.
 */
export function secretsListProblems(objects: K8sObject[], listed: ListedSecret[]): Problem[] {
  const problems: Problem[] = [];
  const read = new Set<string>();
  for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
    const service = deployment.metadata.name;
    const template = (deployment.spec as { template: PodTemplate }).template;
    for (const variable of template.spec.containers.flatMap((c) => c.env ?? [])) {
      const ref = variable.valueFrom?.secretKeyRef;
      if (!ref) continue;
      read.add(`${variable.name} ${service}`);
      const entry = listed.find((l) => l.setting === variable.name && l.services.includes(service));
      if (!entry)
        problems.push({ object: `Deployment/${service}`, message: `reads ${variable.name}, not in secrets.txt` });
      else if (entry.secret !== ref.name || entry.key !== ref.key)
        problems.push({
          object: `Deployment/${service}`,
          message: `reads ${variable.name} from ${ref.name}/${ref.key}, secrets.txt says ${entry.secret}/${entry.key}`,
        });
    }
  }
  for (const entry of listed)
    for (const service of entry.services)
      if (!read.has(`${entry.setting} ${service}`))
        problems.push({
          object: `Deployment/${service}`,
          message: `secrets.txt lists ${entry.setting}, it reads none`,
        });
  return problems;
}
