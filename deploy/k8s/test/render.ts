import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import type { K8sObject } from './objects.js';

export const OVERLAYS = ['dev', 'staging', 'production'] as const;
export type Overlay = (typeof OVERLAYS)[number];

// An environment as applied: deploy/environments/<name>, the overlay's shape with that environment's values.
const environmentsDir = fileURLToPath(new URL('../../environments/', import.meta.url));

/**
 * The objects `kubectl kustomize deploy/environments/<name>` renders: what `kubectl apply -k` would send.
 * kubectl is Debian's (kubernetes-client, installed by .ci/run); its embedded kustomize is old
 * (v2.0.3 in Debian 12), so the manifests keep to what that version understands.
 */
export function renderOverlay(overlay: Overlay): K8sObject[] {
  let yaml: string;
  try {
    yaml = execFileSync('kubectl', ['kustomize', environmentsDir + overlay], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const { code, stderr } = error as { code?: string; stderr?: string };
    if (code === 'ENOENT')
      throw new Error('kubectl is not installed: apt-get install kubernetes-client (.ci/run does)');
    throw new Error(`kubectl kustomize deploy/environments/${overlay} failed:\n${stderr ?? String(error)}`);
  }
  return parseAllDocuments(yaml).flatMap((document) => {
    if (document.errors.length > 0) throw new Error(`${overlay}: ${document.errors[0]!.message}`);
    const object = document.toJS() as K8sObject | null;
    return object ? [object] : [];
  });
}
