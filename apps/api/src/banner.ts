import type { Env } from './env.js';

/** What `npm start` prints once the API answers: where each service is, and how to stop it. */
export function startBanner(options: {
  env: Env;
  services: { name: string; url: string }[];
  adminUrl: string;
  devStaff: { email: string; password: string } | null;
}): string {
  const { env } = options;
  const lines = options.services.map((service) =>
    service.name === 'gateway'
      ? `  GraphQL API (gateway)   ${service.url}/graphql${env.NODE_ENV !== 'production' ? '   (open it in a browser for GraphiQL)' : ''}`
      : `  ${service.name.padEnd(22)}  ${service.url}/graphql`,
  );
  if (env.API_PROCESSES > 1) lines.push(`  processes               ${env.API_PROCESSES} workers and their primary`);
  lines.push(`  metrics (admin)         ${options.adminUrl}/metrics`);
  const staff = options.devStaff
    ? ['', `Staff sign-in (development only): ${options.devStaff.email} / ${options.devStaff.password}`]
    : [];
  return ['', 'Commerce API is running:', ...lines, ...staff, '', 'Press Ctrl-C to stop.', ''].join('\n');
}
