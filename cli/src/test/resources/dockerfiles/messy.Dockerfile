from node:20-bookworm-slim as build
workdir /app
env NODE_ENV production
run npm ci && \
      npm run build
cmd ["node",   "dist/server.js"]
