FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json yarn.lock .yarnrc.yml ./
COPY .yarn/releases/yarn-4.5.3.cjs .yarn/releases/yarn-4.5.3.cjs
RUN --mount=type=cache,id=yarn-berry,target=/root/.yarn/berry/cache,sharing=locked \
    node .yarn/releases/yarn-4.5.3.cjs workspaces focus --all --production && mkdir -p node_modules

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json yarn.lock .yarnrc.yml ./
COPY .yarn/releases/yarn-4.5.3.cjs .yarn/releases/yarn-4.5.3.cjs
RUN --mount=type=cache,id=yarn-berry,target=/root/.yarn/berry/cache,sharing=locked \
    node .yarn/releases/yarn-4.5.3.cjs install --immutable
COPY . .
RUN node .yarn/releases/yarn-4.5.3.cjs run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=deps --chown=10001:10001 /app/node_modules ./node_modules
COPY --chown=10001:10001 package.json ./
COPY --from=build --chown=10001:10001 /app/dist ./dist
USER 10001:10001
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:3000/health', r => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/index.js"]
