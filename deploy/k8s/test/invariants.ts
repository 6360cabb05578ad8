import { matches, nameOf, ofKind, type Container, type K8sObject } from './objects.js';
import type { Overlay } from './render.js';
import type { Problem } from './problems.js';

// What the API does after SIGTERM (apps/api/src/main.ts, platform/http/service-server.ts): /readyz
// answers 503 for SHUTDOWN_DELAY_MS (production default 5000), then in-flight requests get up to
// 10 s, and the process exits by itself at the latest 15 s after that window. The pod's grace
// period must outlast preStop + that window + 15 s, or Kubernetes kills requests mid-flight.
const PRODUCTION_SHUTDOWN_DELAY_MS = 5_000;
const EXIT_AFTER_DELAY_SECONDS = 15;

const SENSITIVE = /SECRET|PASSWORD|TOKEN|KEY|DATABASE_URL|REDIS_URL|SMTP_URL/;

const containersOf = (deployment: K8sObject): Container[] => deployment.spec?.template?.spec.containers ?? [];
const podLabels = (deployment: K8sObject) => deployment.spec?.template?.metadata?.labels ?? {};
const componentOf = (deployment: K8sObject) => podLabels(deployment)['app.kubernetes.io/component'];

function each(objects: K8sObject[], check: (deployment: K8sObject, container: Container) => string | null): Problem[] {
  return ofKind(objects, 'Deployment').flatMap((deployment) =>
    containersOf(deployment).flatMap((container) => {
      const message = check(deployment, container);
      return message ? [{ object: nameOf(deployment), message: `container ${container.name} ${message}` }] : [];
    }),
  );
}

export function probeProblems(objects: K8sObject[]): Problem[] {
  return each(objects, (_, c) => {
    if (c.readinessProbe?.httpGet?.path !== '/readyz') return 'has no readinessProbe on GET /readyz';
    if (c.livenessProbe?.httpGet?.path !== '/healthz') return 'has no livenessProbe on GET /healthz';
    return null;
  });
}

/** Seconds a preStop hook holds the pod: `sleep`, or the exec `node -e "setTimeout(() => {}, <ms>)"` form. */
export function preStopSeconds(container: Container): number | null {
  const preStop = container.lifecycle?.preStop;
  if (preStop?.sleep) return preStop.sleep.seconds;
  const script = preStop?.exec?.command?.join(' ') ?? '';
  const ms = /setTimeout\(\s*\(\)\s*=>\s*\{\s*\},\s*(\d+)\s*\)/.exec(script);
  return ms ? Number(ms[1]) / 1000 : null;
}

/** SHUTDOWN_DELAY_MS as the container sees it: its env, else a ConfigMap it loads, else the default. */
function shutdownDelaySeconds(objects: K8sObject[], container: Container): number {
  const direct = container.env?.find((v) => v.name === 'SHUTDOWN_DELAY_MS')?.value;
  const fromMaps = (container.envFrom ?? [])
    .map((source) => ofKind(objects, 'ConfigMap').find((map) => map.metadata.name === source.configMapRef?.name))
    .map((map) => map?.data?.SHUTDOWN_DELAY_MS)
    .find((value) => value !== undefined);
  // Every overlay runs NODE_ENV=production, where the API's default window is 5 s.
  const ms = direct ?? fromMaps ?? String(PRODUCTION_SHUTDOWN_DELAY_MS);
  return Number(ms) / 1000;
}

export function drainProblems(objects: K8sObject[]): Problem[] {
  return each(objects, (deployment, c) => {
    const hold = preStopSeconds(c);
    if (hold === null) return 'has no preStop hook holding the pod while its endpoint is removed';
    const grace = deployment.spec?.template?.spec.terminationGracePeriodSeconds ?? 30;
    const needed = hold + shutdownDelaySeconds(objects, c) + EXIT_AFTER_DELAY_SECONDS;
    return grace > needed
      ? null
      : `has terminationGracePeriodSeconds ${grace}, not more than preStop + SHUTDOWN_DELAY_MS + ${EXIT_AFTER_DELAY_SECONDS} s = ${needed} s`;
  });
}

export function rolloutProblems(objects: K8sObject[]): Problem[] {
  return ofKind(objects, 'Deployment').flatMap((d) => {
    const strategy = d.spec?.strategy;
    const ok = strategy?.type === 'RollingUpdate' && String(strategy.rollingUpdate?.maxUnavailable) === '0';
    return ok ? [] : [{ object: nameOf(d), message: 'rolling update must have maxUnavailable: 0' }];
  });
}

export function securityProblems(objects: K8sObject[]): Problem[] {
  return each(objects, (deployment, c) => {
    const sc = c.securityContext ?? {};
    const nonRoot = sc.runAsNonRoot ?? deployment.spec?.template?.spec.securityContext?.runAsNonRoot;
    if (nonRoot !== true) return 'must set runAsNonRoot: true';
    if (sc.readOnlyRootFilesystem !== true) return 'must set readOnlyRootFilesystem: true';
    if (sc.allowPrivilegeEscalation !== false || sc.privileged) return 'must set allowPrivilegeEscalation: false';
    if (!sc.capabilities?.drop?.includes('ALL') || (sc.capabilities.add ?? []).length > 0)
      return 'must drop ALL capabilities and add none';
    return null;
  });
}

export function resourceProblems(objects: K8sObject[]): Problem[] {
  return each(objects, (_, c) => {
    const { requests = {}, limits = {} } = c.resources ?? {};
    if (!requests.cpu || !requests.memory) return 'must request cpu and memory';
    if (!limits.memory) return 'must limit memory';
    return null;
  });
}

export function imageProblems(objects: K8sObject[], overlay: Overlay): Problem[] {
  return each(objects, (deployment, c) => {
    const [repository, tag] = (c.image ?? '').split(':');
    if (repository !== `commerce/${deployment.metadata.name}`)
      return `runs ${c.image}, not commerce/${deployment.metadata.name}`;
    if (!tag) return 'has an image without a tag';
    if (overlay !== 'dev' && ['latest', 'main'].includes(tag))
      return `runs the moving tag ${tag}: a release needs a fixed one`;
    return null;
  });
}

/** Staging and production: a PDB and an HPA (CPU and, for what serves requests, request rate) per Deployment. */
export function scalingProblems(objects: K8sObject[], overlay: Overlay): Problem[] {
  if (overlay === 'dev') return [];
  return ofKind(objects, 'Deployment').flatMap((d) => {
    const problems: string[] = [];
    const pdb = ofKind(objects, 'PodDisruptionBudget').find((p) => matches(p.spec?.selector, podLabels(d)));
    if (!pdb) problems.push('has no PodDisruptionBudget');
    const hpa = ofKind(objects, 'HorizontalPodAutoscaler').find(
      (h) => h.spec?.scaleTargetRef?.kind === 'Deployment' && h.spec.scaleTargetRef.name === d.metadata.name,
    );
    const metrics = hpa?.spec?.metrics ?? [];
    if (!hpa) problems.push('has no HorizontalPodAutoscaler');
    else if (!metrics.some((m) => m.type === 'Resource' && m.resource?.name === 'cpu'))
      problems.push('is not autoscaled on CPU');
    else if (
      componentOf(d) !== 'worker' &&
      !metrics.some((m) => m.type === 'Pods' && m.pods?.metric.name === 'http_requests_per_second')
    )
      problems.push('is not autoscaled on request rate (Pods metric http_requests_per_second)');
    if (overlay === 'production') {
      if ((d.spec?.replicas ?? 1) < 2)
        problems.push(`runs ${d.spec?.replicas ?? 1} replica(s); production needs at least 2`);
      if (hpa && (hpa.spec?.minReplicas ?? 1) < 2)
        problems.push(
          `may be scaled down to ${hpa.spec?.minReplicas ?? 1} pod(s) by its HPA; production needs at least 2`,
        );
    }
    return problems.map((message) => ({ object: nameOf(d), message }));
  });
}

/** Secrets live in the cluster, never in the repository: no Secret with data, no secret-looking value in plain text. */
export function secretProblems(objects: K8sObject[]): Problem[] {
  const secretsWithData = ofKind(objects, 'Secret')
    .filter((s) => Object.keys(s.data ?? {}).length + Object.keys(s.stringData ?? {}).length > 0)
    .map((s) => ({
      object: nameOf(s),
      message: 'holds secret data: secrets are created in the cluster and referenced',
    }));
  const inMaps = ofKind(objects, 'ConfigMap').flatMap((map) =>
    Object.keys(map.data ?? {})
      .filter((key) => SENSITIVE.test(key))
      .map((key) => ({ object: nameOf(map), message: `holds ${key}: secrets go by secretKeyRef` })),
  );
  const inEnv = each(objects, (_, c) => {
    const plain = (c.env ?? []).find((v) => SENSITIVE.test(v.name) && v.valueFrom?.secretKeyRef === undefined);
    return plain ? `sets ${plain.name} without a secretKeyRef` : null;
  });
  return [...secretsWithData, ...inMaps, ...inEnv];
}
