# syntax=docker/dockerfile:1.4

FROM registry.acme.internal/dockerhub/library/node:20-bookworm-slim@sha256:ef755ec916bed26e773d3cd5027517277f0a2f23e40e8fe1c975f4d4cb852be2 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,id=npm,target=/root/.npm,sharing=locked \
    npm ci --no-audit --no-fund --omit=dev

FROM registry.acme.internal/gcr/distroless/nodejs20-debian12:nonroot@sha256:41b1353e63c142aafa48b3b8f1f032471e333b53b186e3ded1614b30cb41f57c AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps --chown=65532:65532 --link /app/node_modules ./node_modules
COPY --chown=65532:65532 --link . .
USER 65532:65532
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["/nodejs/bin/node", "-e", "require('http').get('http://127.0.0.1:3000/health', r => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))"]
ENTRYPOINT ["/nodejs/bin/node", "index.js"]
LABEL org.opencontainers.image.vendor="ACME Corp" \
    com.acme.team=platform
