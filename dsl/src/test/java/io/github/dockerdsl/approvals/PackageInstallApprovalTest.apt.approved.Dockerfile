# syntax=docker/dockerfile:1.2

FROM debian:bookworm-slim AS cleaned
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates \
        curl \
        git=1:2.39.2-1.1 \
    && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm-slim AS cached
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    rm -f /etc/apt/apt.conf.d/docker-clean \
    && apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates \
        curl \
        git=1:2.39.2-1.1
