// Kubernetes' readiness probe (deploy/k8s). The storefront holds no state of its own to wait for
// (pages it cannot render from the gateway show the gateway's error), so ready means answering.
// On a rolling update the pod's preStop hook keeps it serving while its endpoint is removed.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return new Response('ready', { headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' } });
}
