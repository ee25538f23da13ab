package io.github.dockerdsl.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * 1,000 Dockerfiles shaped like the ones teams lint (seed 15), for the whole-process comparison with
 * other linters ({@code benchmarks/lint-vs-dockerfile-utils.sh}). Four kinds, in turn: official-image
 * style (long {@code set -eux} RUN chains that fetch, verify and build a release, with comment lines
 * inside the chain), Alpine source builds ({@code apk add --virtual}, {@code make -j}), multi-stage
 * application builds (Node, Go, Java, Python, Rust: cache mounts, {@code COPY --from}, a non-root
 * user, HEALTHCHECK) and files with heredocs; plus, every fifth file, one of {@link LintCorpus}'s
 * varied test-corpus files (waivers, legacy forms, lower-case keywords). The files average about 80
 * lines, like the corpus of official images and application builds.
 */
public final class RealWorldCorpus {
  /** How many files the corpus has. */
  static final int SIZE = 1000;

  private static final String[] DEBIAN = {"debian:bookworm-slim", "debian:bookworm", "ubuntu:24.04",
      "ubuntu:22.04", "buildpack-deps:bookworm-curl"};
  private static final String[] PACKAGES = {"ca-certificates", "curl", "wget", "gnupg", "dirmngr", "xz-utils",
      "libssl3", "libpq5", "libxml2", "zlib1g", "tzdata", "netbase", "procps", "libicu72", "libgcc-s1"};
  private static final String[] BUILD_PACKAGES = {"gcc", "make", "dpkg-dev", "libc6-dev", "libssl-dev",
      "zlib1g-dev", "libpcre2-dev", "libxml2-dev", "autoconf", "bison", "pkg-config", "file"};
  private static final String[] PRODUCTS = {"redis", "nginx", "postgres", "memcached", "haproxy", "httpd",
      "rabbitmq", "mariadb", "valkey", "varnish", "traefik", "caddy"};

  private RealWorldCorpus() {}

  /** The 1,000 files, always the same. */
  static List<String> generate() {
    Random random = new Random(15);
    List<String> varied = LintCorpus.generate();
    List<String> out = new ArrayList<>(SIZE);
    for (int k = 0; k < SIZE; k++) {
      String file = switch (k % 5) {
        case 0 -> officialDebian(random, k);
        case 1 -> alpineSourceBuild(random, k);
        case 2 -> application(random, k);
        case 3 -> heredocs(random, k);
        default -> varied.get(k);
      };
      out.add(file);
    }
    return out;
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static List<String> some(Random random, String[] values, int min) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (out.size() < min || random.nextInt(3) == 0) {
        out.add(v);
      }
    }
    return out;
  }

  private static String version(Random random) {
    return (1 + random.nextInt(9)) + "." + random.nextInt(30) + "." + random.nextInt(20);
  }

  private static String hex(Random random, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(Character.forDigit(random.nextInt(16), 16));
    }
    return s.toString();
  }

  /** The shape of docker-library images: one RUN of 40-60 lines that fetches, verifies and builds a release. */
  private static String officialDebian(Random random, int k) {
    String product = pick(random, PRODUCTS);
    String upper = product.toUpperCase(Locale.ROOT);
    String version = version(random);
    StringBuilder f = new StringBuilder(4096);
    f.append("#\n# NOTE: THIS DOCKERFILE IS GENERATED VIA \"apply-templates.sh\"\n#\n")
        .append("# PLEASE DO NOT EDIT IT DIRECTLY.\n#\n\n")
        .append("FROM ").append(pick(random, DEBIAN)).append("\n\n")
        .append("# explicitly set user/group IDs\n")
        .append("RUN set -eux; \\\n")
        .append("\tgroupadd -r ").append(product).append(" --gid=").append(900 + k % 90).append("; \\\n")
        .append("\tuseradd -r -g ").append(product).append(" --uid=").append(900 + k % 90)
        .append(" --home-dir=/var/lib/").append(product).append(" --shell=/bin/bash ").append(product).append("; \\\n")
        .append("\tmkdir -p /var/lib/").append(product).append("; \\\n")
        .append("\tchown -R ").append(product).append(':').append(product).append(" /var/lib/").append(product).append("\n\n")
        .append("RUN set -eux; \\\n\tapt-get update; \\\n\tapt-get install -y --no-install-recommends \\\n");
    for (String p : some(random, PACKAGES, 3)) {
      f.append("\t\t").append(p).append(" \\\n");
    }
    f.append("\t; \\\n\trm -rf /var/lib/apt/lists/*\n\n")
        .append("# grab gosu for easy step-down from root\n")
        .append("ENV GOSU_VERSION 1.17\n")
        .append("ENV ").append(upper).append("_VERSION ").append(version).append('\n')
        .append("ENV ").append(upper).append("_DOWNLOAD_URL https://download.example.org/").append(product)
        .append('/').append(product).append('-').append(version).append(".tar.gz\n")
        .append("ENV ").append(upper).append("_DOWNLOAD_SHA ").append(hex(random, 64)).append("\n\n")
        .append("RUN set -eux; \\\n\t\\\n")
        .append("\tsavedAptMark=\"$(apt-mark showmanual)\"; \\\n")
        .append("\tapt-get update; \\\n\tapt-get install -y --no-install-recommends \\\n");
    for (String p : some(random, BUILD_PACKAGES, 4)) {
      f.append("\t\t").append(p).append(" \\\n");
    }
    f.append("\t; \\\n\trm -rf /var/lib/apt/lists/*; \\\n\t\\\n")
        .append("\tdpkgArch=\"$(dpkg --print-architecture | awk -F- '{ print $NF }')\"; \\\n")
        .append("\tcase \"$dpkgArch\" in \\\n")
        .append("\t\tamd64) arch='x86_64' ;; \\\n\t\tarm64) arch='aarch64' ;; \\\n")
        .append("\t\tarmhf) arch='armv7' ;; \\\n\t\tppc64el) arch='ppc64le' ;; \\\n")
        .append("\t\t*) echo >&2 \"unsupported architecture: $dpkgArch\"; exit 1 ;; \\\n\tesac; \\\n\t\\\n")
        .append("\twget -O /usr/local/bin/gosu \"https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch\"; \\\n")
        .append("\twget -O /usr/local/bin/gosu.asc \"https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch.asc\"; \\\n")
        .append("\texport GNUPGHOME=\"$(mktemp -d)\"; \\\n")
        .append("\tgpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \\\n")
        .append("\tgpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \\\n")
        .append("\tgpgconf --kill all; \\\n\trm -rf \"$GNUPGHOME\" /usr/local/bin/gosu.asc; \\\n")
        .append("\tchmod +x /usr/local/bin/gosu; \\\n\tgosu --version; \\\n\tgosu nobody true; \\\n\t\\\n")
        .append("# download and verify the release\n")
        .append("\twget -O ").append(product).append(".tar.gz \"$").append(upper).append("_DOWNLOAD_URL\"; \\\n")
        .append("\techo \"$").append(upper).append("_DOWNLOAD_SHA *").append(product).append(".tar.gz\" | sha256sum -c -; \\\n")
        .append("\tmkdir -p /usr/src/").append(product).append("; \\\n")
        .append("\ttar -xzf ").append(product).append(".tar.gz -C /usr/src/").append(product)
        .append(" --strip-components=1; \\\n\trm ").append(product).append(".tar.gz; \\\n\t\\\n")
        .append("\tgnuArch=\"$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)\"; \\\n")
        .append("\tcd /usr/src/").append(product).append("; \\\n")
        .append("\t./configure --build=\"$gnuArch\" --prefix=/usr/local --enable-static=no; \\\n")
        .append("\tmake -C /usr/src/").append(product).append(" -j \"$(nproc)\" all; \\\n")
        .append("\tmake -C /usr/src/").append(product).append(" install; \\\n")
        .append("\tcd /; \\\n\trm -r /usr/src/").append(product).append("; \\\n\t\\\n")
        .append("\tapt-mark auto '.*' > /dev/null; \\\n")
        .append("\t[ -z \"$savedAptMark\" ] || apt-mark manual $savedAptMark > /dev/null; \\\n")
        .append("\tfind /usr/local -type f -executable -exec ldd '{}' ';' \\\n")
        .append("\t\t| awk '/=>/ { so = $(NF-1); if (index(so, \"/usr/local/\") == 1) { next }; gsub(\"^/(usr/)?\", \"\", so); printf \"*%s\\n\", so }' \\\n")
        .append("\t\t| sort -u \\\n\t\t| xargs -r dpkg-query --search \\\n\t\t| cut -d: -f1 \\\n\t\t| sort -u \\\n")
        .append("\t\t| xargs -r apt-mark manual \\\n\t; \\\n")
        .append("\tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \\\n\t\\\n")
        .append("\t").append(product).append(" --version\n\n")
        .append("RUN mkdir /data && chown ").append(product).append(':').append(product).append(" /data\n")
        .append("VOLUME /data\nWORKDIR /data\n\n")
        .append("COPY docker-entrypoint.sh /usr/local/bin/\n")
        .append("ENTRYPOINT [\"docker-entrypoint.sh\"]\n\n")
        .append("STOPSIGNAL SIGTERM\n")
        .append("EXPOSE ").append(1000 + random.nextInt(9000)).append('\n')
        .append("CMD [\"").append(product).append("-server\"]\n");
    return f.toString();
  }

  /** The shape of Alpine variants: build dependencies in a virtual package, removed in the same RUN. */
  private static String alpineSourceBuild(Random random, int k) {
    String product = pick(random, PRODUCTS);
    String upper = product.toUpperCase(Locale.ROOT);
    String version = version(random);
    String alpine = "3." + (17 + random.nextInt(4));
    StringBuilder f = new StringBuilder(3072);
    f.append("FROM alpine:").append(alpine).append("\n\n")
        .append("# add our user and group first to make sure their IDs get assigned consistently\n")
        .append("RUN set -eux; \\\n\taddgroup -S -g ").append(1000 + k % 100).append(' ').append(product).append("; \\\n")
        .append("\tadduser -S -D -H -h /var/lib/").append(product).append(" -s /sbin/nologin -G ").append(product)
        .append(" -g ").append(product).append(" -u ").append(1000 + k % 100).append(' ').append(product).append("\n\n")
        .append("RUN apk add --no-cache \\\n\t\tbash \\\n\t\tsu-exec \\\n\t\ttzdata\n\n")
        .append("ENV ").append(upper).append("_VERSION=").append(version).append(" \\\n")
        .append("    ").append(upper).append("_SHA256=").append(hex(random, 64)).append("\n\n")
        .append("RUN set -eux; \\\n\t\\\n\tapk add --no-cache --virtual .build-deps \\\n");
    for (String p : new String[] {"coreutils", "dpkg-dev", "dpkg", "gcc", "linux-headers", "make", "musl-dev",
        "openssl-dev", "pcre2-dev", "zlib-dev", "perl", "tar"}) {
      if (random.nextInt(4) != 0) {
        f.append("\t\t").append(p).append(" \\\n");
      }
    }
    f.append("\t; \\\n\t\\\n")
        .append("\twget -O ").append(product).append(".tar.gz \"https://download.example.org/releases/").append(product)
        .append("-$").append(upper).append("_VERSION.tar.gz\"; \\\n")
        .append("\techo \"$").append(upper).append("_SHA256 *").append(product).append(".tar.gz\" | sha256sum -c -; \\\n")
        .append("\tmkdir -p /usr/src/").append(product).append("; \\\n")
        .append("\ttar --extract --file ").append(product).append(".tar.gz --directory /usr/src/").append(product)
        .append(" --strip-components 1; \\\n\trm ").append(product).append(".tar.gz; \\\n\t\\\n")
        .append("# disable the protected mode, as it makes no sense inside a container\n")
        .append("\tgrep -E '^ *createBoolConfig[(]\"protected-mode\",' /usr/src/").append(product).append("/src/config.c; \\\n")
        .append("\tsed -ri 's!^( *createBoolConfig[(]\"protected-mode\",.*, *)1( *,.*[)],)$!\\10\\2!' /usr/src/")
        .append(product).append("/src/config.c; \\\n\t\\\n")
        .append("\tgnuArch=\"$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)\"; \\\n")
        .append("\textraJemallocConfigureFlags=\"--build=$gnuArch\"; \\\n")
        .append("\texport BUILD_TLS=yes; \\\n")
        .append("\tmake -C /usr/src/").append(product).append(" -j \"$(nproc)\" all; \\\n")
        .append("\tmake -C /usr/src/").append(product).append(" install; \\\n\t\\\n")
        .append("\tserverMd5=\"$(md5sum /usr/local/bin/").append(product).append("-server | cut -d' ' -f1)\"; export serverMd5; \\\n")
        .append("\tfind /usr/local/bin/").append(product).append("* -maxdepth 0 \\\n")
        .append("\t\t-type f -not -name ").append(product).append("-server \\\n")
        .append("\t\t-exec sh -eux -c ' \\\n\t\t\tmd5=\"$(md5sum \"$1\" | cut -d\" \" -f1)\"; \\\n")
        .append("\t\t\ttest \"$md5\" = \"$serverMd5\"; \\\n\t\t' -- '{}' ';' \\\n")
        .append("\t\t-exec ln -svfT '").append(product).append("-server' '{}' ';' \\\n\t; \\\n\t\\\n")
        .append("\trm -r /usr/src/").append(product).append("; \\\n\t\\\n")
        .append("\trunDeps=\"$( \\\n\t\tscanelf --needed --nobanner --format '%n#p' --recursive /usr/local \\\n")
        .append("\t\t\t| tr ',' '\\n' \\\n\t\t\t| sort -u \\\n")
        .append("\t\t\t| awk 'system(\"[ -e /usr/local/lib/\" $1 \" ]\") == 0 { next } { print \"so:\" $1 }' \\\n")
        .append("\t)\"; \\\n\tapk add --no-network --virtual .").append(product).append("-rundeps $runDeps; \\\n")
        .append("\tapk del --no-network .build-deps; \\\n\t\\\n")
        .append("\t").append(product).append("-cli --version; \\\n\t").append(product).append("-server --version\n\n")
        .append("RUN mkdir /data && chown ").append(product).append(':').append(product).append(" /data\n")
        .append("VOLUME /data\nWORKDIR /data\n\n")
        .append("COPY docker-entrypoint.sh /usr/local/bin/\n")
        .append("ENTRYPOINT [\"docker-entrypoint.sh\"]\n\n")
        .append("EXPOSE ").append(6000 + random.nextInt(1000)).append('\n')
        .append("CMD [\"").append(product).append("-server\"]\n");
    return f.toString();
  }

  /** A multi-stage application build: dependencies, build, test and a slim runtime stage. */
  private static String application(Random random, int k) {
    int kind = random.nextInt(5);
    StringBuilder f = new StringBuilder(3072);
    f.append("# syntax=docker/dockerfile:1.7\n")
        .append("# Service ").append(k).append(": built by CI on every merge to main.\n\n");
    switch (kind) {
      case 0 -> f.append("ARG NODE_VERSION=20\n\n")
          .append("FROM node:${NODE_VERSION}-bookworm-slim AS base\n")
          .append("ENV NODE_ENV=production \\\n    NPM_CONFIG_UPDATE_NOTIFIER=false\nWORKDIR /app\n\n")
          .append("FROM base AS deps\nCOPY package.json package-lock.json ./\n")
          .append("RUN --mount=type=cache,id=npm,target=/root/.npm,sharing=locked \\\n")
          .append("    npm ci --no-audit --no-fund --omit=dev\n\n")
          .append("FROM base AS build\nCOPY package.json package-lock.json ./\n")
          .append("RUN --mount=type=cache,id=npm,target=/root/.npm,sharing=locked \\\n    npm ci --no-audit --no-fund\n")
          .append("COPY tsconfig.json ./\nCOPY src ./src\nRUN npm run build \\\n    && npm run lint \\\n    && npm test -- --ci\n\n");
      case 1 -> f.append("ARG GO_VERSION=1.22\n\n")
          .append("FROM golang:${GO_VERSION}-bookworm AS build\nWORKDIR /src\n")
          .append("ENV CGO_ENABLED=0 GOFLAGS=-trimpath\n")
          .append("COPY go.mod go.sum ./\n")
          .append("RUN --mount=type=cache,target=/go/pkg/mod \\\n    go mod download -x\n")
          .append("COPY . .\nARG TARGETOS TARGETARCH\n")
          .append("RUN --mount=type=cache,target=/go/pkg/mod \\\n    --mount=type=cache,target=/root/.cache/go-build \\\n")
          .append("    GOOS=$TARGETOS GOARCH=$TARGETARCH go build -ldflags=\"-s -w -X main.version=")
          .append(version(random)).append("\" -o /out/app ./cmd/app\n\n")
          .append("FROM build AS test\nRUN --mount=type=cache,target=/go/pkg/mod \\\n    go vet ./... && go test ./...\n\n");
      case 2 -> f.append("FROM maven:3.9-eclipse-temurin-17 AS build\nWORKDIR /build\n")
          .append("COPY pom.xml .\nRUN --mount=type=cache,target=/root/.m2 \\\n    mvn -B -q dependency:go-offline\n")
          .append("COPY src ./src\nRUN --mount=type=cache,target=/root/.m2 \\\n")
          .append("    mvn -B -q -DskipTests package \\\n    && mkdir -p target/extracted \\\n")
          .append("    && java -Djarmode=layertools -jar target/*.jar extract --destination target/extracted\n\n");
      case 3 -> f.append("FROM python:3.11-slim-bookworm AS build\n")
          .append("ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \\\n    PIP_NO_CACHE_DIR=1 \\\n    PYTHONDONTWRITEBYTECODE=1\n")
          .append("WORKDIR /app\nRUN set -eux; \\\n    apt-get update; \\\n")
          .append("    apt-get install -y --no-install-recommends build-essential libpq-dev; \\\n")
          .append("    rm -rf /var/lib/apt/lists/*\n")
          .append("RUN python -m venv /opt/venv\nENV PATH=\"/opt/venv/bin:$PATH\"\n")
          .append("COPY requirements.txt .\nRUN --mount=type=cache,target=/root/.cache/pip \\\n")
          .append("    pip install --require-hashes -r requirements.txt\nCOPY . .\n")
          .append("RUN python -m compileall -q src\n\n");
      default -> f.append("FROM rust:1.79-bookworm AS build\nWORKDIR /src\n")
          .append("COPY Cargo.toml Cargo.lock ./\nRUN mkdir src && echo 'fn main() {}' > src/main.rs \\\n")
          .append("    && cargo fetch --locked\nCOPY src ./src\n")
          .append("RUN --mount=type=cache,target=/usr/local/cargo/registry \\\n    --mount=type=cache,target=/src/target \\\n")
          .append("    cargo build --release --locked \\\n    && cp target/release/app /usr/local/bin/app\n\n");
    }
    f.append("# Tests and static checks run in their own stage, so the runtime image never contains them.\n")
        .append("FROM build AS check\n")
        .append("ARG CI=true\n")
        .append("COPY --link tests ./tests\n")
        .append("RUN set -eux; \\\n")
        .append("    mkdir -p /reports; \\\n")
        .append("    ./tests/run-unit.sh --junit /reports/unit.xml; \\\n")
        .append("    ./tests/run-integration.sh --junit /reports/integration.xml; \\\n")
        .append("    ./tests/licenses.sh > /reports/licenses.txt; \\\n")
        .append("    test -s /reports/unit.xml\n\n")
        .append("FROM scratch AS reports\n")
        .append("COPY --from=check /reports /\n\n");
    String runtime = switch (kind) {
      case 0 -> "node:20-bookworm-slim";
      case 1 -> "gcr.io/distroless/static-debian12:nonroot";
      case 2 -> "eclipse-temurin:17-jre";
      case 3 -> "python:3.11-slim-bookworm";
      default -> "debian:bookworm-slim";
    };
    int port = 3000 + random.nextInt(6000);
    f.append("FROM ").append(runtime).append(" AS runtime\n")
        .append("LABEL org.opencontainers.image.source=\"https://git.example.com/team/service-").append(k).append("\" \\\n")
        .append("      org.opencontainers.image.version=\"").append(version(random)).append("\" \\\n")
        .append("      org.opencontainers.image.licenses=\"Apache-2.0\"\n");
    if (kind != 1) {
      f.append("RUN set -eux; \\\n    apt-get update; \\\n")
          .append("    apt-get install -y --no-install-recommends ca-certificates curl tini; \\\n")
          .append("    rm -rf /var/lib/apt/lists/*; \\\n")
          .append("    groupadd --system --gid 10001 app; \\\n")
          .append("    useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app\n");
    }
    f.append("WORKDIR /app\n");
    switch (kind) {
      case 0 -> f.append("COPY --from=deps --chown=10001:10001 /app/node_modules ./node_modules\n")
          .append("COPY --from=build --chown=10001:10001 /app/dist ./dist\nCOPY --chown=10001:10001 package.json ./\n");
      case 1 -> f.append("COPY --from=build /out/app /app/app\n");
      case 2 -> f.append("COPY --from=build /build/target/extracted/dependencies/ ./\n")
          .append("COPY --from=build /build/target/extracted/spring-boot-loader/ ./\n")
          .append("COPY --from=build /build/target/extracted/snapshot-dependencies/ ./\n")
          .append("COPY --from=build /build/target/extracted/application/ ./\n");
      case 3 -> f.append("COPY --from=build /opt/venv /opt/venv\nCOPY --from=build /app/src ./src\n")
          .append("ENV PATH=\"/opt/venv/bin:$PATH\"\n");
      default -> f.append("COPY --from=build /usr/local/bin/app /usr/local/bin/app\n");
    }
    f.append("USER 10001:10001\nEXPOSE ").append(port).append('\n');
    if (kind != 1) {
      f.append("HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \\\n")
          .append("  CMD [\"curl\", \"-fsS\", \"http://127.0.0.1:").append(port).append("/health\"]\n")
          .append("ENTRYPOINT [\"tini\", \"--\"]\n");
    }
    f.append(switch (kind) {
      case 0 -> "CMD [\"node\", \"dist/server.js\"]\n";
      case 1 -> "ENTRYPOINT [\"/app/app\"]\n";
      case 2 -> "CMD [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]\n";
      case 3 -> "CMD [\"python\", \"-m\", \"service\"]\n";
      default -> "CMD [\"app\"]\n";
    });
    return f.toString();
  }

  /** Scripts and configuration files written inline with heredocs (BuildKit's {@code # syntax} 1.4+). */
  private static String heredocs(Random random, int k) {
    StringBuilder f = new StringBuilder(2048);
    f.append("# syntax=docker/dockerfile:1.4\n")
        .append("FROM ").append(pick(random, DEBIAN)).append("\n\n")
        .append("ARG APP_USER=svc").append(k).append("\n")
        .append("ENV DEBIAN_FRONTEND=noninteractive\n\n")
        .append("RUN <<EOF\nset -eux\napt-get update\napt-get install -y --no-install-recommends \\\n");
    for (String p : some(random, PACKAGES, 3)) {
      f.append("    ").append(p).append(" \\\n");
    }
    f.append("    nginx\nrm -rf /var/lib/apt/lists/*\nuseradd --system --no-create-home \"$APP_USER\"\nEOF\n\n")
        .append("COPY <<EOF /etc/nginx/conf.d/default.conf\n")
        .append("server {\n    listen ").append(8000 + k % 1000).append(";\n    server_name _;\n")
        .append("    location / {\n        root /srv/www;\n        try_files $uri $uri/ /index.html;\n    }\n")
        .append("    location /health {\n        return 200 'ok';\n    }\n}\nEOF\n\n")
        .append("COPY --chmod=0755 <<'SCRIPT' /usr/local/bin/docker-entrypoint.sh\n")
        .append("#!/bin/sh\nset -eu\nif [ \"${1#-}\" != \"$1\" ]; then\n    set -- nginx \"$@\"\nfi\n")
        .append("if [ -n \"${WAIT_FOR:-}\" ]; then\n    for i in 1 2 3 4 5; do\n")
        .append("        nc -z \"$WAIT_FOR\" 5432 && break\n        sleep 1\n    done\nfi\nexec \"$@\"\nSCRIPT\n\n")
        .append("RUN <<'EOT' bash\nset -euo pipefail\nmkdir -p /srv/www\n")
        .append("echo \"<h1>service ").append(k).append("</h1>\" > /srv/www/index.html\n")
        .append("chown -R www-data:www-data /srv/www\nEOT\n\n")
        .append("RUN python3 <<PYTHON\nimport json\nprint(json.dumps({\"build\": ").append(k).append("}))\nPYTHON\n\n")
        .append("EXPOSE ").append(8000 + k % 1000).append('\n')
        .append("STOPSIGNAL SIGQUIT\n")
        .append("ENTRYPOINT [\"/usr/local/bin/docker-entrypoint.sh\"]\n")
        .append("CMD [\"nginx\", \"-g\", \"daemon off;\"]\n");
    return f.toString();
  }

  /**
   * Writes the corpus as {@code DIR/0000.Dockerfile} … {@code DIR/0999.Dockerfile} and prints its size:
   * {@code java -cp benchmarks/target/benchmarks.jar io.github.dockerdsl.benchmarks.RealWorldCorpus DIR}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: RealWorldCorpus DIR (got " + args.length + " arguments); "
          + "pass the directory to write the 1,000 files into");
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    List<String> files = generate();
    long lines = 0;
    long bytes = 0;
    for (int k = 0; k < files.size(); k++) {
      String text = files.get(k);
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "%04d.Dockerfile", k)), text, StandardCharsets.UTF_8);
      lines += text.chars().filter(c -> c == '\n').count();
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf(Locale.ROOT, "%d files, %d lines, %d bytes in %s%n", files.size(), lines, bytes, dir);
  }
}
