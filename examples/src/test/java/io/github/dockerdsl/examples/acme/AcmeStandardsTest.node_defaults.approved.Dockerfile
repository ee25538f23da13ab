# syntax=docker/dockerfile:1.4

FROM registry.acme.internal/dockerhub/library/node:20-bookworm-slim@sha256:ef755ec916bed26e773d3cd5027517277f0a2f23e40e8fe1c975f4d4cb852be2 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,id=npm,target=/root/.npm,sharing=locked \
    npm ci --no-audit --no-fund --omit=dev && mkdir -p node_modules

FROM registry.acme.internal/dockerhub/library/node:20-bookworm-slim@sha256:ef755ec916bed26e773d3cd5027517277f0a2f23e40e8fe1c975f4d4cb852be2 AS runtime
# dockerdsl:suppress DF039 -- ca-certificates must follow the distribution's security updates
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --chmod=0644 acme-root-ca.crt /usr/local/share/ca-certificates/acme-root-ca.crt
RUN update-ca-certificates
ENV NODE_ENV=production
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=deps --chown=10001:10001 --link /app/node_modules ./node_modules
COPY --chown=10001:10001 --link . .
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:3000/health', r => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))"]
CMD ["node", "index.js"]
LABEL org.opencontainers.image.vendor="ACME Corp" \
    com.acme.team=platform
