# syntax=docker/dockerfile:1.2

FROM debian:bookworm-slim AS debian
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates \
        curl \
        git=1:2.39.5-0+deb12u1 \
    && rm -rf /var/lib/apt/lists/*

FROM alpine:3.20 AS alpine
RUN --mount=type=cache,target=/var/cache/apk,sharing=locked \
    apk add --update-cache curl

FROM fedora:40 AS fedora
RUN dnf install -y --setopt=install_weak_deps=0 --nodocs curl \
    && dnf clean all
USER 10001:10001
