# syntax=docker/dockerfile:1.4

FROM registry.example.com/dockerhub/library/node:20-bookworm-slim@sha256:4f1c9a0e3b7d2c6a8e5f0b1d3c7a9e2f4b6d8a0c2e4f6b8d0a2c4e6f8b0d2a4c AS deps
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        python3 \
        make \
        g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,id=npm,target=/root/.npm,sharing=locked \
    npm ci --no-audit --no-fund --omit=dev && mkdir -p node_modules

FROM registry.example.com/dockerhub/library/node:20-bookworm-slim@sha256:4f1c9a0e3b7d2c6a8e5f0b1d3c7a9e2f4b6d8a0c2e4f6b8d0a2c4e6f8b0d2a4c AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        python3 \
        make \
        g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,id=npm,target=/root/.npm,sharing=locked \
    npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM registry.example.com/dockerhub/library/node:20-bookworm-slim@sha256:4f1c9a0e3b7d2c6a8e5f0b1d3c7a9e2f4b6d8a0c2e4f6b8d0a2c4e6f8b0d2a4c AS runtime
# dockerdsl:suppress DF039 -- tini from the base image's distribution, so it follows the distribution's security updates
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        tini \
        curl \
        ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --chmod=0644 certs/example-root-ca.crt /usr/local/share/ca-certificates/example-root-ca.crt
RUN update-ca-certificates
ENV NODE_ENV=production
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=deps --chown=10001:10001 --link /app/node_modules ./node_modules
COPY --chown=10001:10001 --link package.json ./
COPY --from=build --chown=10001:10001 --link /app/dist ./dist
COPY --chmod=0444 --link config/shop.json /etc/shop/shop.json
ENV SHOP_CONFIG=/etc/shop/shop.json
COPY public ./public
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:3000/health', r => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/server.js"]
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
