# syntax=docker/dockerfile:1
# commerce/customers: the customers subgraph, run from its artifact apps/api/dist/customers/ (docs/deploy.md).
# From the repository root: docker build -f deploy/docker/customers.Dockerfile -t commerce/customers .
# Kubernetes runs it with a read-only root filesystem and /tmp on a volume (deploy/k8s/base/customers.yaml);
# by hand: docker run --read-only --tmpfs /tmp -e DATABASE_URL=… commerce/customers

# The build: the workspace installed for the image's own platform (sharp's and argon2's binaries),
# then esbuild bundles this service alone with the few packages it leaves external.
FROM node:20.20-bookworm-slim AS build
WORKDIR /repo
COPY . .
RUN npm install --no-audit --no-fund && npm run build -w @commerce/api -- --service customers

# What runs: node and the artifact, nothing of the workspace. Files stay root's, so the service's
# user cannot change them even where the filesystem is writable.
FROM node:20.20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /repo/apps/api/dist/customers/ /app/
USER 10001:10001
EXPOSE 4003 9464
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4003/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "index.mjs"]
