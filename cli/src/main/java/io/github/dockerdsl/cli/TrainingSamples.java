package io.github.dockerdsl.cli;

import java.util.List;

/**
 * The Dockerfiles {@link StartupArchive}'s training run lints, written to reach the code that real files
 * reach (the parser's and the rules' branches for each kind of instruction, package manager and mount),
 * so that the classes and lambdas a real lint needs come from the archive instead of being loaded and
 * spun at run time (docs/performance.md, fifth round). Hand-written; not the benchmark's corpus.
 */
final class TrainingSamples {
  private TrainingSamples() {}

  /** A two-stage Go build with the constructs real files have: a long RUN chain, heredocs, waivers, legacy forms. */
  static final String GO_SERVICE = """
      # syntax=docker/dockerfile:1.7
      ARG BASE=debian:bookworm-slim
      FROM golang:1.22-bookworm AS build
      WORKDIR /src
      COPY go.mod go.sum ./
      RUN --mount=type=cache,target=/go/pkg/mod go mod download
      COPY . .
      RUN --mount=type=cache,target=/root/.cache/go-build CGO_ENABLED=0 go build -o /out/app ./cmd/app

      FROM ${BASE}
      LABEL org.opencontainers.image.source="https://example.com/app"
      ENV APP_VERSION 1.2.3
      # hadolint ignore=DL3008
      RUN set -eux; \\
          apt-get update; \\
          apt-get install -y --no-install-recommends ca-certificates curl; \\
          dpkgArch="$(dpkg --print-architecture)"; \\
          case "$dpkgArch" in amd64) arch=x86_64 ;; *) exit 1 ;; esac; \\
          curl -fsSL "https://example.com/tool-$arch.tar.gz" | tar -xz -C /usr/local/bin; \\
          rm -rf /var/lib/apt/lists/*
      RUN <<EOF
      set -eux
      useradd --system --uid 10001 app
      EOF
      COPY <<EOF /etc/app.conf
      listen = 8080
      EOF
      # dockerdsl:suppress DF015 -- the orchestrator probes the port
      COPY --from=build --chown=10001:10001 /out/app /usr/local/bin/app
      ADD https://example.com/data.tar.gz /data/
      copy config.yaml /etc/app/
      USER 10001
      EXPOSE 8080
      HEALTHCHECK --interval=30s --timeout=3s CMD ["app", "health"]
      ENTRYPOINT ["app"]
      CMD serve
      """;

  /** A source build on Alpine, as official images write them: a virtual package set, a checksum pipe, comments in the chain. */
  static final String ALPINE_SOURCE_BUILD = """
      FROM alpine:3.19

      RUN set -eux; \\
      \taddgroup -S -g 1000 cache; \\
      \tadduser -S -D -H -h /var/lib/cache -s /sbin/nologin -G cache -u 1000 cache

      RUN apk add --no-cache bash su-exec tzdata

      ENV CACHE_VERSION=7.2.4 \\
          CACHE_SHA256=0b2a1b4a3e5f9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c

      RUN set -eux; \\
      \t\\
      \tapk add --no-cache --virtual .build-deps \\
      \t\tgcc \\
      \t\tlinux-headers \\
      \t\tmake \\
      \t\tmusl-dev \\
      \t\topenssl-dev \\
      \t; \\
      \twget -O cache.tar.gz "https://download.example.com/cache-$CACHE_VERSION.tar.gz"; \\
      \techo "$CACHE_SHA256 *cache.tar.gz" | sha256sum -c -; \\
      \tmkdir -p /usr/src/cache; \\
      \ttar --extract --file cache.tar.gz --directory /usr/src/cache --strip-components 1; \\
      \trm cache.tar.gz; \\
      # keep the build reproducible
      \tsed -i 's/^#define DEBUG 1/#define DEBUG 0/' /usr/src/cache/src/config.h; \\
      \texport BUILD_TLS=yes; \\
      \tmake -C /usr/src/cache -j "$(nproc)" all; \\
      \tmake -C /usr/src/cache install; \\
      \trm -r /usr/src/cache; \\
      \trunDeps="$( \\
      \t\tscanelf --needed --nobanner --format '%n#p' --recursive /usr/local \\
      \t\t\t| tr ',' '\\n' \\
      \t\t\t| sort -u \\
      \t\t\t| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \\
      \t)"; \\
      \tapk add --no-network --virtual .cache-rundeps $runDeps; \\
      \tapk del --no-network .build-deps; \\
      \tcache-server --version

      RUN mkdir /data && chown cache:cache /data
      VOLUME /data
      WORKDIR /data
      COPY docker-entrypoint.sh /usr/local/bin/
      ENTRYPOINT ["docker-entrypoint.sh"]
      EXPOSE 6379
      CMD ["cache-server"]
      """;

  /** Node and Python application stages with what their rules look at: npm, yarn, pip, sudo, a named user, every mount type. */
  static final String APPLICATIONS = """
      # syntax=docker/dockerfile:1.19
      # check=skip=JSONArgsRecommended
      ARG NODE_VERSION=20
      FROM --platform=$BUILDPLATFORM node:${NODE_VERSION}-bookworm-slim AS web
      WORKDIR /web
      COPY package.json package-lock.json ./
      RUN --mount=type=cache,target=/root/.npm,sharing=locked npm ci
      COPY --link --exclude=*.md . .
      RUN npm run build && npm prune --omit=dev
      RUN yarn install --frozen-lockfile

      FROM python:3.11-slim-bookworm AS api
      SHELL ["/bin/bash", "-o", "pipefail", "-c"]
      ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
      WORKDIR /api
      RUN apt-get update && apt-get upgrade -y && apt-get install -y gcc libpq-dev sudo wget
      COPY requirements.txt .
      RUN pip install -r requirements.txt
      RUN --mount=type=cache,target=/root/.cache/pip pip install --no-cache-dir gunicorn==22.0.0
      RUN --mount=type=secret,id=pypirc,target=/root/.pypirc,required=true \\
          --mount=type=ssh \\
          --mount=type=tmpfs,target=/tmp,size=64m \\
          --mount=type=bind,from=web,source=/web/dist,target=/dist,rw \\
          --network=none \\
          cp -r /dist /api/static
      RUN curl -k https://example.com/install.sh | sh
      RUN useradd -m api && echo 'api:secret' | chpasswd
      COPY --from=web --chmod=0644 /web/dist ./static
      ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/ca.pem /etc/ssl/ca.pem
      ADD https://github.com/example/tools.git#v1.0 /opt/tools
      ENV SECRET_KEY=changeme
      ARG API_TOKEN
      USER api
      EXPOSE 8000/tcp 9000-9010/udp 70000
      STOPSIGNAL SIGTERM
      HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD curl -f http://localhost:8000/health || exit 1
      ONBUILD COPY . /api
      MAINTAINER someone@example.com
      CMD gunicorn -b 0.0.0.0:8000 app:app

      from debian:bookworm-slim as Tools
      run cd /opt && apt install -y git
      workdir opt
      copy --from=api /api /api
      env LEGACY value
      label version 1.0
      user root
      healthcheck NONE
      entrypoint /bin/sh -c "exec tools"
      """;

  /** Less common forms: a fixed platform, foreign and unknown waivers, exec-form RUN, users and programs a base lacks. */
  static final String EDGES = """
      # hadolint global ignore=DL3059
      ARG DISTROLESS=gcr.io/distroless/static-debian12
      FROM --platform=linux/amd64 ubuntu:22.04 AS base
      # hadolint ignore=DL3008,DL3015
      RUN apt-get update && apt-get install -y openssh-server nginx && rm -rf /var/lib/apt/lists/*
      # dockerdsl:suppress DF999 -- no such rule
      COPY app/ app/
      RUN ["/bin/sh", "-c", "echo ${UNDEFINED_VAR} > /etc/motd"]
      RUN export PATH=/opt/bin:$PATH && PIP_NO_CACHE_DIR=1 pip install flask
      USER www
      FROM ${DISTROLESS}
      COPY --from=base /app /app
      USER nonroot:nonroot
      HEALTHCHECK CMD curl -f http://localhost/ || exit 1
      STOPSIGNAL 15
      ENTRYPOINT ["/app/server", "--port", "8080"]
      """;

  /** Every sample, in the order the training run lints them. */
  static final List<String> ALL = List.of(GO_SERVICE, ALPINE_SOURCE_BUILD, APPLICATIONS, EDGES);
}
