FROM node:20
RUN --mont=type=cache,target=/root/.npm npm ci
