# syntax=docker/dockerfile:1.4

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json yarn.lock ./
RUN --mount=type=cache,id=yarn,target=/usr/local/share/.cache/yarn,sharing=locked \
    yarn install --frozen-lockfile --non-interactive --production

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json yarn.lock ./
RUN --mount=type=cache,id=yarn,target=/usr/local/share/.cache/yarn,sharing=locked \
    yarn install --frozen-lockfile --non-interactive
COPY . .
RUN yarn run build

FROM gcr.io/distroless/nodejs20-debian12:nonroot AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps --chown=65532:65532 --link /app/node_modules ./node_modules
COPY --chown=65532:65532 --link package.json ./
COPY --from=build --chown=65532:65532 --link /app/build ./build
USER 65532:65532
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["/nodejs/bin/node", "-e", "require('http').get('http://127.0.0.1:3000/health', r => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))"]
ENTRYPOINT ["/nodejs/bin/node", "build/main.js"]
