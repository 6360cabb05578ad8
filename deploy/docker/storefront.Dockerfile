# syntax=docker/dockerfile:1
# commerce/storefront: the Next.js storefront, run from its artifact apps/storefront/dist/ (Next.js
# `output: 'standalone'`: the server, the files it traces, static assets, docs/deploy.md).
# From the repository root: docker build -f deploy/docker/storefront.Dockerfile -t commerce/storefront .
# Kubernetes runs it with a read-only root filesystem and /tmp on a volume (deploy/k8s/base/storefront.yaml).

FROM node:20.20-bookworm-slim AS build
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /repo
COPY . .
RUN npm install --no-audit --no-fund && npm run build -w @commerce/storefront

FROM node:20.20-bookworm-slim
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
COPY --from=build /repo/apps/storefront/dist/ /app/
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/storefront/server.mjs", "--port", "3000", "--hostname", "0.0.0.0"]
