# syntax=docker/dockerfile:1.4

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,id=npm,target=/root/.npm,sharing=locked \
    npm ci --no-audit --no-fund --omit=dev && mkdir -p node_modules

FROM node:20-bookworm-slim AS runtime
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
LABEL org.opencontainers.image.title=shop \
    org.opencontainers.image.description="The shop front end" \
    org.opencontainers.image.version=1.4.2 \
    org.opencontainers.image.revision=9f8e7d6c5b4a39281706f5e4d3c2b1a098765432 \
    org.opencontainers.image.created=2024-05-01T12:00:00Z \
    org.opencontainers.image.source=https://git.example.com/shop/shop \
    org.opencontainers.image.documentation=https://docs.example.com/shop \
    org.opencontainers.image.licenses=LicenseRef-Example-Proprietary \
    org.opencontainers.image.vendor="Example Corp" \
    com.example.cost-centre=4711
