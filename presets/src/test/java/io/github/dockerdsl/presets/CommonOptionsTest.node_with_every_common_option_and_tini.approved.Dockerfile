# syntax=docker/dockerfile:1.4

FROM registry.acme.example/node:20.11.1-bookworm-slim AS deps
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

FROM registry.acme.example/node:20.11.1-bookworm-slim AS build
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

FROM registry.acme.example/node-runtime:20.11.1-bookworm-slim AS runtime
# dockerdsl:suppress DF039 -- tini from the base image's distribution, so it follows the distribution's security updates
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        tini \
        curl=7.88.1-10+deb12u5 \
    && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=deps --chown=10001:10001 --link /app/node_modules ./node_modules
COPY --chown=10001:10001 --link package.json ./
COPY --from=build --chown=10001:10001 --link /app/dist ./dist
COPY --link public /app/public/
COPY --chown=10001:10001 --chmod=0440 --link config/shop.json /etc/shop/shop.json
ENV LOG_FORMAT=json \
    SHOP_CONFIG=/etc/shop/shop.json
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:3000/health', r => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--enable-source-maps", "--max-old-space-size=384", "dist/server.js"]
LABEL org.opencontainers.image.title=shop \
    org.opencontainers.image.description="The shop front end" \
    org.opencontainers.image.version=1.4.2 \
    org.opencontainers.image.revision=9f8e7d6c5b4a39281706f5e4d3c2b1a098765432 \
    org.opencontainers.image.created=2024-05-01T12:00:00Z \
    org.opencontainers.image.source=https://github.com/acme/shop \
    org.opencontainers.image.documentation=https://docs.acme.example/shop \
    org.opencontainers.image.url=https://shop.acme.example \
    org.opencontainers.image.licenses=Apache-2.0 \
    org.opencontainers.image.vendor="ACME Corp" \
    org.opencontainers.image.authors="Shop team <shop@acme.example>" \
    org.opencontainers.image.ref.name=1.4.2 \
    org.opencontainers.image.base.name=docker.io/library/node:20-bookworm-slim \
    org.opencontainers.image.base.digest=sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
