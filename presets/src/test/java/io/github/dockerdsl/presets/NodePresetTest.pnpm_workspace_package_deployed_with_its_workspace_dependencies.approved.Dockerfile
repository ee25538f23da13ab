FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN --mount=type=cache,id=npm,target=/root/.npm,sharing=locked \
    npm install --global --no-audit --no-fund pnpm@9.15.0
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY packages/lib/package.json packages/lib/package.json
COPY packages/api/package.json packages/api/package.json
RUN --mount=type=cache,id=pnpm,target=/root/.local/share/pnpm/store,sharing=locked \
    pnpm install --frozen-lockfile --filter @acme/api...
COPY . .
RUN pnpm --filter @acme/api... run build
RUN pnpm --filter @acme/api deploy --prod /out

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=build --chown=10001:10001 /out .
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:3000/health', r => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))"]
CMD ["node", "dist/index.js"]
