import { matches, nameOf, ofKind, type K8sObject, type NetworkPolicyPeer, type NetworkPolicyRule } from './objects.js';
import type { Problem } from './problems.js';

// NetworkPolicy semantics, as far as the invariants need them: a pod that no policy of a direction
// selects is open in that direction; otherwise a connection is allowed when some rule of a policy
// selecting the pod allows its port and its peer. A rule without ports allows every port, one
// without peers every peer. Peers are pods of this namespace (podSelector alone) or "outside"
// (another namespace, an address range).

export const INGRESS_NAMESPACE = 'ingress-nginx';
const POSTGRES_PORT = 5432;

type Direction = 'Ingress' | 'Egress';

interface Allowance {
  policy: string;
  rule: NetworkPolicyRule;
  /** Peers of the rule; undefined means any. */
  peers: NetworkPolicyPeer[] | undefined;
}

const podLabels = (d: K8sObject) => d.spec?.template?.metadata?.labels ?? {};
const component = (d: K8sObject) => podLabels(d)['app.kubernetes.io/component'];
const deployments = (objects: K8sObject[]) => ofKind(objects, 'Deployment');

function namedPorts(d: K8sObject): Map<string, number> {
  const ports = (d.spec?.template?.spec.containers ?? []).flatMap((c) => c.ports ?? []);
  return new Map(ports.filter((p) => p.name).map((p) => [p.name!, p.containerPort]));
}

function allowsPort(rule: NetworkPolicyRule, port: number, target: K8sObject | null): boolean {
  if (!rule.ports || rule.ports.length === 0) return true;
  return rule.ports.some((p) => {
    if (p.port === undefined) return true;
    const number = typeof p.port === 'string' ? (target ? namedPorts(target).get(p.port) : undefined) : p.port;
    if (number === undefined) return false;
    return p.endPort ? port >= number && port <= p.endPort : port === number;
  });
}

/** The rules that allow `direction` traffic on `port` for the Deployment's pods; null: not isolated, all allowed. */
function allowances(objects: K8sObject[], d: K8sObject, direction: Direction, port: number): Allowance[] | null {
  const policies = ofKind(objects, 'NetworkPolicy').filter(
    (p) => matches(p.spec?.podSelector, podLabels(d)) && (p.spec?.policyTypes ?? ['Ingress']).includes(direction),
  );
  if (policies.length === 0) return null;
  return policies.flatMap((p) =>
    ((direction === 'Ingress' ? p.spec?.ingress : p.spec?.egress) ?? [])
      // Ingress ports are the selected pod's own; egress ports are the peer's (named ports unresolved).
      .filter((rule) => allowsPort(rule, port, direction === 'Ingress' ? d : null))
      .map((rule) => ({ policy: nameOf(p), rule, peers: direction === 'Ingress' ? rule.from : rule.to })),
  );
}

/** The Deployments a same-namespace peer matches; null for a peer outside the namespace (or any peer). */
function peerDeployments(objects: K8sObject[], peer: NetworkPolicyPeer | undefined): K8sObject[] | null {
  if (!peer || peer.namespaceSelector || peer.ipBlock || !peer.podSelector) return null;
  return deployments(objects).filter((d) => matches(peer.podSelector, podLabels(d)));
}

function describePeer(peer: NetworkPolicyPeer | undefined): string {
  if (!peer) return 'any peer';
  if (peer.ipBlock) return `addresses ${peer.ipBlock.cidr}`;
  if (peer.namespaceSelector) return `namespaces ${JSON.stringify(peer.namespaceSelector)}`;
  return `pods ${JSON.stringify(peer.podSelector)}`;
}

/**
 * Problems with each allowance whose peers are not all Deployments `allowed` accepts: any peer,
 * a peer outside the namespace, or a pod `allowed` refuses.
 */
function onlyTo(
  objects: K8sObject[],
  list: Allowance[] | null,
  what: string,
  allowed: (d: K8sObject) => boolean,
): string[] {
  if (list === null) return [`no NetworkPolicy isolates it, so anything may ${what}`];
  return list.flatMap(({ policy, peers }) =>
    (peers ?? [undefined]).flatMap((peer) => {
      const reached = peerDeployments(objects, peer);
      if (reached === null) return [`${policy} lets ${describePeer(peer)} ${what}`];
      return reached.filter((d) => !allowed(d)).map((d) => `${policy} lets ${nameOf(d)} ${what}`);
    }),
  );
}

const servicePort = (d: K8sObject) => namedPorts(d).get('http');

export function networkProblems(objects: K8sObject[]): Problem[] {
  const problems: Problem[] = [];
  const add = (object: string, messages: string[]) =>
    problems.push(...messages.map((message) => ({ object, message })));

  const defaultDeny = ofKind(objects, 'NetworkPolicy').some((p) => {
    const s = p.spec;
    const selectsAll = !s?.podSelector?.matchLabels && !s?.podSelector?.matchExpressions;
    const types = s?.policyTypes ?? [];
    return (
      selectsAll && types.includes('Ingress') && types.includes('Egress') && !s?.ingress?.length && !s?.egress?.length
    );
  });
  if (!defaultDeny) add('NetworkPolicy/*', ['no default-deny policy (podSelector {} denying Ingress and Egress)']);

  for (const d of deployments(objects)) {
    const name = nameOf(d);
    const port = servicePort(d);
    // Only the gateway reaches a subgraph's service port (its metrics port is Prometheus's).
    if (component(d) === 'subgraph' && port !== undefined) {
      add(
        name,
        onlyTo(
          objects,
          allowances(objects, d, 'Ingress', port),
          `reach it on port ${port}`,
          (p) => component(p) === 'gateway',
        ),
      );
    }
    // The storefront reaches only the gateway (and DNS).
    if (component(d) === 'storefront') {
      const egress = (p: number) => allowances(objects, d, 'Egress', p);
      const all = egress(-1); // a rule that allows "any port" matches the impossible port -1 too
      const perPort = [4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, POSTGRES_PORT, 6379, 443, 80].map(egress);
      const seen = new Set<string>();
      for (const list of [all, ...perPort]) {
        for (const message of onlyTo(objects, list, 'be reached from it', (p) => component(p) === 'gateway')) {
          if (!seen.has(message)) add(name, [message]);
          seen.add(message);
        }
      }
    }
    // Only subgraphs and the worker reach PostgreSQL.
    const toPostgres = allowances(objects, d, 'Egress', POSTGRES_PORT);
    const mayReachPostgres = toPostgres === null || toPostgres.length > 0;
    const ownsData = component(d) === 'subgraph' || component(d) === 'worker';
    if (mayReachPostgres && !ownsData) {
      add(
        name,
        toPostgres === null
          ? ['no egress policy isolates it: it may reach PostgreSQL']
          : toPostgres.map((a) => `${a.policy} lets it reach PostgreSQL (port ${POSTGRES_PORT})`),
      );
    }
    if (!mayReachPostgres && ownsData) add(name, [`no egress rule lets it reach PostgreSQL (port ${POSTGRES_PORT})`]);
    // Shoppers reach the gateway and the storefront through the ingress controller.
    if ((component(d) === 'gateway' || component(d) === 'storefront') && port !== undefined) {
      const list = allowances(objects, d, 'Ingress', port) ?? [];
      const fromIngress = list.some(({ peers }) =>
        (peers ?? []).some(
          (peer) => peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === INGRESS_NAMESPACE,
        ),
      );
      if (!fromIngress) add(name, [`no ingress from the ${INGRESS_NAMESPACE} namespace on port ${port}`]);
    }
  }
  return problems;
}
