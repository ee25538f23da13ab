# syntax=docker/dockerfile:1.2

FROM alpine:3.20 AS cleaned
RUN apk add --no-cache \
        ca-certificates \
        curl \
        git=2.45.2-r0

FROM alpine:3.20 AS cached
RUN --mount=type=cache,target=/var/cache/apk,sharing=locked \
    apk add --update-cache \
        ca-certificates \
        curl \
        git=2.45.2-r0
