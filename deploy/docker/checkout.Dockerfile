# syntax=docker/dockerfile:1
# commerce/checkout: the checkout subgraph, run from its artifact apps/api/dist/checkout/ (docs/deploy.md).
# From the repository root: docker build -f deploy/docker/checkout.Dockerfile -t commerce/checkout .
# Kubernetes runs it with a read-only root filesystem and /tmp on a volume (deploy/k8s/base/checkout.yaml);
# by hand: docker run --read-only --tmpfs /tmp -e DATABASE_URL=… commerce/checkout

# The build: the workspace installed for the image's own platform (sharp's and argon2's binaries),
# then esbuild bundles this service alone with the few packages it leaves external.
FROM node:20.20-bookworm-slim AS build
WORKDIR /repo
COPY . .
RUN npm install --no-audit --no-fund && npm run build -w @commerce/api -- --service checkout

# What runs: node and the artifact, nothing of the workspace. Files stay root's, so the service's
# user cannot change them even where the filesystem is writable.
FROM node:20.20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /repo/apps/api/dist/checkout/ /app/
USER 10001:10001
EXPOSE 4005 9464
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4005/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "index.mjs"]
