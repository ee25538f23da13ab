# syntax=docker/dockerfile:1.4

FROM registry.example.com/hook-base-image-build/node:20-bookworm-slim AS deps
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        option-build-package \
        hook-build-package \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ARG HOOK_BEFORE_DEPENDENCIES
COPY package.json package-lock.json ./
RUN --mount=type=cache,id=npm,target=/root/.npm,sharing=locked \
    npm ci --no-audit --no-fund --omit=dev && mkdir -p node_modules
ARG HOOK_AFTER_DEPENDENCIES

FROM registry.example.com/hook-base-image-build/node:20-bookworm-slim AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        option-build-package \
        hook-build-package \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ARG HOOK_BEFORE_DEPENDENCIES
COPY package.json package-lock.json ./
RUN --mount=type=cache,id=npm,target=/root/.npm,sharing=locked \
    npm ci --no-audit --no-fund
ARG HOOK_AFTER_DEPENDENCIES
COPY . .
RUN npm run build
ARG HOOK_AFTER_BUILD

FROM registry.example.com/hook-base-image-runtime/node:20-bookworm-slim AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        option-runtime-package \
        hook-runtime-package \
    && rm -rf /var/lib/apt/lists/*
ARG HOOK_RUNTIME_STAGE
ENV NODE_ENV=production
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=deps --chown=10001:10001 --link /app/node_modules ./node_modules
COPY --chown=10001:10001 --link package.json ./
COPY --from=build --chown=10001:10001 --link /app/dist ./dist
COPY --link config/app.json /app/config/app.json
ENV OPTION_ENV=set-by-CommonOptions.withEnv
ARG HOOK_AFTER_APPLICATION
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:3000/health', r => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))"]
CMD ["node", "dist/server.js"]
LABEL org.opencontainers.image.title=shop \
    com.example.hook=labels
