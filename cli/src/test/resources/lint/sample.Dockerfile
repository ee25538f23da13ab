# syntax=docker/dockerfile:1
# check=skip=JSONArgsRecommended
# hadolint global ignore=DL3059
ARG NODE_VERSION=20
from node:${NODE_VERSION} as Build
WORKDIR /app
COPY package.json package-lock.json ./
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends python3 \

    && rm -rf /var/lib/apt/lists/*
RUN npm ci
COPY . .
RUN npm run build

FROM node:20.11.1-bookworm-slim
MAINTAINER Jane Doe <jane@example.com>
ENV NODE_ENV production
WORKDIR /app
COPY --from=build /app/dist ./dist
# dockerdsl:suppress DF002 -- the entrypoint drops to uid 1000 with gosu
USER root
EXPOSE 3000
CMD node dist/server.js
