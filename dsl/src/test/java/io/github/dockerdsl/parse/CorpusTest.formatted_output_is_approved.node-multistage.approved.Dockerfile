# syntax=docker/dockerfile:1.10
# check=error=true

ARG NODE_VERSION=20.11.1

################################################################################
# Base image shared by every stage.
FROM node:${NODE_VERSION}-alpine AS base
WORKDIR /usr/src/app

################################################################################
# Production dependencies only.
FROM base AS deps
# Download dependencies as a separate step to take advantage of Docker's caching.
# Leverage a cache mount to /root/.npm to speed up subsequent builds.
# Leverage bind mounts to package.json and package-lock.json to avoid having to copy them.
RUN --mount=type=bind,target=package.json,source=package.json \
    --mount=type=bind,target=package-lock.json,source=package-lock.json \
    --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev

################################################################################
# Build stage: all dependencies, then the build.
FROM deps AS build
RUN --mount=type=bind,target=package.json,source=package.json \
    --mount=type=bind,target=package-lock.json,source=package-lock.json \
    --mount=type=cache,target=/root/.npm \
    --mount=type=secret,id=npmrc,target=/root/.npmrc,env=NPM_TOKEN,required \
    npm ci
COPY . .
RUN npm run build

################################################################################
# Minimal runtime image.
FROM base AS final
ENV NODE_ENV=production
USER node
COPY package.json .
COPY --from=deps /usr/src/app/node_modules ./node_modules
COPY --from=build --chown=node:node --link /usr/src/app/dist ./dist
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["node", "dist/healthcheck.js"]
CMD ["node", "dist/index.js"]
