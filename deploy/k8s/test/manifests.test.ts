import { beforeAll, describe, expect, it } from 'vitest';
import {
  drainProblems,
  imageProblems,
  probeProblems,
  resourceProblems,
  rolloutProblems,
  scalingProblems,
  secretProblems,
  securityProblems,
} from './invariants.js';
import { networkProblems } from './network.js';
import type { K8sObject } from './objects.js';
import { referenceProblems } from './references.js';
import { formatProblems, type Problem } from './problems.js';
import { OVERLAYS, renderOverlay, type Overlay } from './render.js';
import { readSecretsList, secretsListProblems } from './secrets-list.js';
import { schemaProblems } from './validate.js';

/** Every rule the manifests must keep, for one overlay's rendered objects. */
function allProblems(objects: K8sObject[], overlay: Overlay): Problem[] {
  return [
    ...schemaProblems(objects),
    ...probeProblems(objects),
    ...drainProblems(objects),
    ...rolloutProblems(objects),
    ...securityProblems(objects),
    ...resourceProblems(objects),
    ...imageProblems(objects, overlay),
    ...scalingProblems(objects, overlay),
    ...secretProblems(objects),
    ...networkProblems(objects),
    ...referenceProblems(objects),
    ...secretsListProblems(objects, readSecretsList(overlay)),
  ];
}

const SERVICES = [
  'gateway',
  'catalog',
  'inventory',
  'customers',
  'cart',
  'checkout',
  'content',
  'worker',
  'storefront',
];

const rendered = new Map<Overlay, K8sObject[]>();
beforeAll(() => {
  for (const overlay of OVERLAYS) rendered.set(overlay, renderOverlay(overlay));
});

describe.each(OVERLAYS)('overlay %s', (overlay) => {
  it('renders a Deployment for every service, and a Service for each that serves requests', () => {
    const objects = rendered.get(overlay)!;
    const names = (kind: string) =>
      objects
        .filter((o) => o.kind === kind)
        .map((o) => o.metadata.name)
        .sort();
    expect(names('Deployment')).toEqual([...SERVICES].sort());
    expect(names('Service')).toEqual(SERVICES.filter((s) => s !== 'worker').sort());
  });

  it('validates against the Kubernetes schemas and keeps every invariant', () => {
    expect(formatProblems(allProblems(rendered.get(overlay)!, overlay))).toBe('');
  });
});

// Each invariant, broken on purpose in a copy of production's objects: the check must fail and name
// the object. (A check that cannot fail would let the manifests drift unseen.)
describe('each invariant, broken on purpose, is named', () => {
  const production = () => structuredClone(rendered.get('production')!);
  const find = (objects: K8sObject[], kind: string, name: string) =>
    objects.find((o) => o.kind === kind && o.metadata.name === name)!;
  const apiSettings = (objects: K8sObject[]) =>
    objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('commerce-api-'))!;
  const container = (objects: K8sObject[], name: string) =>
    find(objects, 'Deployment', name).spec!.template!.spec.containers[0]!;

  const cases: [string, (objects: K8sObject[]) => void, string, RegExp][] = [
    [
      'a schema violation',
      (o) => void (container(o, 'cart').ports![0]!.containerPort = 'http' as never),
      'Deployment/cart',
      /Kubernetes schema.*containerPort/,
    ],
    [
      'no readiness probe',
      (o) => void delete container(o, 'catalog').readinessProbe,
      'Deployment/catalog',
      /readinessProbe/,
    ],
    [
      'liveness on the wrong path',
      (o) => void (container(o, 'inventory').livenessProbe!.httpGet!.path = '/'),
      'Deployment/inventory',
      /livenessProbe/,
    ],
    ['no preStop', (o) => void delete container(o, 'gateway').lifecycle, 'Deployment/gateway', /preStop/],
    [
      'a grace period shorter than the drain',
      (o) => void (find(o, 'Deployment', 'checkout').spec!.template!.spec.terminationGracePeriodSeconds = 20),
      'Deployment/checkout',
      /terminationGracePeriodSeconds 20/,
    ],
    [
      'a longer shutdown window than the grace period covers',
      (o) => void (apiSettings(o).data!.SHUTDOWN_DELAY_MS = '15000'),
      'Deployment/worker',
      /terminationGracePeriodSeconds 30/,
    ],
    [
      'maxUnavailable 1',
      (o) => void (find(o, 'Deployment', 'content').spec!.strategy!.rollingUpdate!.maxUnavailable = 1),
      'Deployment/content',
      /maxUnavailable: 0/,
    ],
    [
      'running as root',
      (o) => {
        container(o, 'customers').securityContext!.runAsNonRoot = false;
      },
      'Deployment/customers',
      /runAsNonRoot/,
    ],
    [
      'a writable root filesystem',
      (o) => {
        container(o, 'storefront').securityContext!.readOnlyRootFilesystem = false;
      },
      'Deployment/storefront',
      /readOnlyRootFilesystem/,
    ],
    [
      'privilege escalation',
      (o) => {
        container(o, 'worker').securityContext!.allowPrivilegeEscalation = true;
      },
      'Deployment/worker',
      /allowPrivilegeEscalation/,
    ],
    [
      'capabilities kept',
      (o) => {
        container(o, 'cart').securityContext!.capabilities = { drop: [] };
      },
      'Deployment/cart',
      /drop ALL/,
    ],
    [
      'no memory limit',
      (o) => void delete container(o, 'catalog').resources!.limits,
      'Deployment/catalog',
      /limit memory/,
    ],
    [
      'a moving image tag in production',
      (o) => void (container(o, 'gateway').image = 'commerce/gateway:latest'),
      'Deployment/gateway',
      /moving tag latest/,
    ],
    [
      'no PodDisruptionBudget',
      (o) => void o.splice(o.indexOf(find(o, 'PodDisruptionBudget', 'cart')), 1),
      'Deployment/cart',
      /PodDisruptionBudget/,
    ],
    [
      'no autoscaling on request rate',
      (o) => void (find(o, 'HorizontalPodAutoscaler', 'gateway').spec!.metrics!.length = 1),
      'Deployment/gateway',
      /request rate/,
    ],
    [
      'one replica in production',
      (o) => void (find(o, 'Deployment', 'inventory').spec!.replicas = 1),
      'Deployment/inventory',
      /at least 2/,
    ],
    [
      'a Secret with data',
      (o) => void o.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'oops' }, data: { k: 'dg==' } }),
      'Secret/oops',
      /secret data/,
    ],
    [
      'a secret in plain env',
      (o) => void container(o, 'checkout').env!.push({ name: 'STRIPE_SECRET_KEY', value: 'sk_live_x' }),
      'Deployment/checkout',
      /STRIPE_SECRET_KEY without a secretKeyRef/,
    ],
    [
      'no default deny',
      (o) => void o.splice(o.indexOf(find(o, 'NetworkPolicy', 'default-deny')), 1),
      'NetworkPolicy/*',
      /default-deny/,
    ],
    [
      'the storefront let into a subgraph',
      (o) =>
        void find(o, 'NetworkPolicy', 'subgraphs-from-gateway').spec!.ingress![0]!.from!.push({
          podSelector: { matchLabels: { 'app.kubernetes.io/name': 'storefront' } },
        }),
      'Deployment/catalog',
      /NetworkPolicy\/subgraphs-from-gateway lets Deployment\/storefront reach it/,
    ],
    [
      'the gateway let into PostgreSQL',
      (o) =>
        void find(o, 'NetworkPolicy', 'postgres-clients').spec!.podSelector!.matchExpressions![0]!.values!.push(
          'gateway',
        ),
      'Deployment/gateway',
      /postgres-clients lets it reach PostgreSQL/,
    ],
    [
      'a subgraph cut off from PostgreSQL',
      (o) =>
        void (find(o, 'NetworkPolicy', 'postgres-clients').spec!.podSelector!.matchExpressions![0]!.values = [
          'worker',
        ]),
      'Deployment/checkout',
      /no egress rule lets it reach PostgreSQL/,
    ],
    [
      'the storefront let out to a subgraph',
      (o) =>
        void find(o, 'NetworkPolicy', 'storefront-egress').spec!.egress!.push({
          to: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'catalog' } } }],
          ports: [{ port: 4001 }],
        }),
      'Deployment/storefront',
      /storefront-egress lets Deployment\/catalog be reached from it/,
    ],
    [
      'the gateway closed to the ingress controller',
      (o) => void find(o, 'NetworkPolicy', 'gateway-ingress').spec!.ingress![0]!.from!.shift(),
      'Deployment/gateway',
      /no ingress from the ingress-nginx namespace/,
    ],
    [
      'a Service selecting nothing',
      (o) =>
        void ((find(o, 'Service', 'cart').spec as unknown as { selector: object }).selector = {
          'app.kubernetes.io/name': 'kart',
        }),
      'Service/cart',
      /selects no Deployment/,
    ],
    [
      'a Service on a port its pods lack',
      (o) =>
        void ((
          find(o, 'Service', 'content').spec as unknown as { ports: { targetPort: string }[] }
        ).ports[0]!.targetPort = 'web'),
      'Service/content',
      /targets port web, which Deployment\/content/,
    ],
    [
      'a probe on a port the container lacks',
      (o) => void (container(o, 'customers').readinessProbe!.httpGet!.port = 'admin'),
      'Deployment/customers',
      /readinessProbe asks port admin/,
    ],
    [
      'a subgraph URL with a typo',
      (o) => void (apiSettings(o).data!.INVENTORY_URL = 'http://inventory:4012'),
      'ConfigMap/',
      /INVENTORY_URL asks inventory on port 4012/,
    ],
    [
      'a secret the platform is not told to provide (secrets.txt)',
      (o) =>
        void container(o, 'inventory').env!.push({
          name: 'REDIS_URL',
          valueFrom: { secretKeyRef: { name: 'commerce-secrets', key: 'redis-url' } },
        }),
      'Deployment/inventory',
      /reads REDIS_URL, not in secrets.txt/,
    ],
    [
      'a listed secret its service no longer reads',
      (o) => void (container(o, 'worker').env = container(o, 'worker').env!.filter((v) => v.name !== 'SMTP_URL')),
      'Deployment/worker',
      /secrets.txt lists SMTP_URL, it reads none/,
    ],
    [
      'an autoscaler aimed at nothing',
      (o) => void (find(o, 'HorizontalPodAutoscaler', 'content').spec!.scaleTargetRef!.name = 'contents'),
      'HorizontalPodAutoscaler/content',
      /scales Deployment\/contents/,
    ],
  ];

  it.each(cases)('%s', (_, breakIt, object, message) => {
    const objects = production();
    breakIt(objects);
    // A generated ConfigMap's name ends in a content hash: name it by its prefix.
    const problems = allProblems(objects, 'production').filter((p) =>
      object.endsWith('/') ? p.object.startsWith(object) : p.object === object,
    );
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });
});
