import { matches, nameOf, ofKind, type K8sObject } from './objects.js';
import type { Problem } from './problems.js';

// What the schemas cannot see: one object pointing at another by name. A Service whose selector or
// port misses its pods, a probe on a port the container lacks, a ConfigMap name or a subgraph URL
// with a typo, an autoscaler aimed at nothing: each renders and validates, then fails in the cluster.

const containerPorts = (d: K8sObject) => (d.spec?.template?.spec.containers ?? []).flatMap((c) => c.ports ?? []);

const hasPort = (d: K8sObject, port: number | string) =>
  containerPorts(d).some((p) => (typeof port === 'string' ? p.name === port : p.containerPort === port));

/** A ConfigMap's `*_URL=http://<service>:<port>` settings that name a Service of this namespace. */
const IN_CLUSTER_URL = /^https?:\/\/([a-z0-9-]+):(\d+)(\/|$)/;

export function referenceProblems(objects: K8sObject[]): Problem[] {
  const problems: Problem[] = [];
  const deployments = ofKind(objects, 'Deployment');
  const services = ofKind(objects, 'Service');

  for (const service of services) {
    const spec = service.spec as unknown as {
      selector?: Record<string, string>;
      ports?: { port: number; targetPort?: number | string }[];
    };
    const pods = deployments.filter((d) =>
      matches({ matchLabels: spec.selector ?? {} }, d.spec?.template?.metadata?.labels),
    );
    if (!spec.selector || pods.length === 0) {
      problems.push({ object: nameOf(service), message: 'selects no Deployment’s pods' });
      continue;
    }
    for (const port of spec.ports ?? []) {
      const target = port.targetPort ?? port.port;
      for (const d of pods.filter((pod) => !hasPort(pod, target)))
        problems.push({
          object: nameOf(service),
          message: `targets port ${target}, which ${nameOf(d)} does not expose`,
        });
    }
  }

  for (const d of deployments) {
    for (const c of d.spec?.template?.spec.containers ?? []) {
      for (const [probe, value] of [
        ['readinessProbe', c.readinessProbe],
        ['livenessProbe', c.livenessProbe],
      ] as const) {
        const port = value?.httpGet?.port;
        if (port !== undefined && !hasPort(d, port))
          problems.push({
            object: nameOf(d),
            message: `container ${c.name} ${probe} asks port ${port}, which it does not expose`,
          });
      }
      for (const source of c.envFrom ?? []) {
        const name = source.configMapRef?.name;
        if (name && !ofKind(objects, 'ConfigMap').some((map) => map.metadata.name === name))
          problems.push({
            object: nameOf(d),
            message: `container ${c.name} loads ConfigMap ${name}, which is not rendered`,
          });
      }
    }
  }

  for (const map of ofKind(objects, 'ConfigMap')) {
    for (const [key, value] of Object.entries(map.data ?? {})) {
      const url = key.endsWith('_URL') ? IN_CLUSTER_URL.exec(value) : null;
      if (!url) continue;
      const [, host, port] = url;
      const service = services.find((s) => s.metadata.name === host);
      const ports = (service?.spec as unknown as { ports?: { port: number }[] } | undefined)?.ports ?? [];
      if (!service)
        problems.push({ object: nameOf(map), message: `${key} names Service ${host}, which is not rendered` });
      else if (!ports.some((p) => p.port === Number(port)))
        problems.push({
          object: nameOf(map),
          message: `${key} asks ${host} on port ${port}, which Service/${host} does not serve`,
        });
    }
  }

  for (const hpa of ofKind(objects, 'HorizontalPodAutoscaler')) {
    const target = hpa.spec?.scaleTargetRef;
    if (!deployments.some((d) => target?.kind === 'Deployment' && d.metadata.name === target.name))
      problems.push({ object: nameOf(hpa), message: `scales ${target?.kind}/${target?.name}, which is not rendered` });
  }
  for (const pdb of ofKind(objects, 'PodDisruptionBudget')) {
    if (!deployments.some((d) => matches(pdb.spec?.selector, d.spec?.template?.metadata?.labels)))
      problems.push({ object: nameOf(pdb), message: 'selects no Deployment’s pods' });
  }
  return problems;
}
