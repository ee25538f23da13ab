# syntax=docker/dockerfile:1.4

FROM node:20-alpine AS deps
WORKDIR /app
RUN --mount=type=cache,id=npm,target=/root/.npm,sharing=locked \
    npm install --global --no-audit --no-fund pnpm@9
COPY package.json pnpm-lock.yaml ./
RUN --mount=type=cache,id=pnpm,target=/root/.local/share/pnpm/store,sharing=locked \
    pnpm install --frozen-lockfile --prod && mkdir -p node_modules

FROM node:20-alpine AS runtime
ENV NODE_ENV=production
WORKDIR /app
RUN addgroup -S -g 10001 app \
    && adduser -S -D -H -u 10001 -G app -s /sbin/nologin app
COPY --from=deps --chown=10001:10001 --link /app/node_modules ./node_modules
COPY --chown=10001:10001 --link . .
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:3000/health', r => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))"]
CMD ["node", "index.js"]
