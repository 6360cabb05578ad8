// Kubernetes' liveness probe (deploy/k8s): the server answers, so it is alive. Rendered per
// request and never cached, so a probe can never be answered by a stored copy.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return new Response('ok', { headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' } });
}
