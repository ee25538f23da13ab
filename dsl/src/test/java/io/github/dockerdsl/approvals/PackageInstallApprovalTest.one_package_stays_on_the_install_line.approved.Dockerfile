FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini \
    && rm -rf /var/lib/apt/lists/*

FROM alpine:3.20
RUN apk add --no-cache tini
