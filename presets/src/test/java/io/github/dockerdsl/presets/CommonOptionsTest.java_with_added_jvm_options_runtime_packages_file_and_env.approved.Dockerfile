# syntax=docker/dockerfile:1.4

FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS healthprobe
ARG TARGETOS
ARG TARGETARCH
RUN --mount=type=cache,id=go-build,target=/root/.cache/go-build \
    mkdir -p /tmp/healthprobe /out \
    && printf '%s\n' \
    '// healthprobe: exits 0 when GET on the URL answers 2xx within 3 s (dockerdsl preset probe).' \
    'package main' \
    'import (' \
    '  "bufio"' \
    '  "fmt"' \
    '  "net"' \
    '  "os"' \
    '  "strings"' \
    '  "time"' \
    ')' \
    'func main() {' \
    '  if len(os.Args) != 2 || !strings.HasPrefix(os.Args[1], "http://") {' \
    '    fmt.Fprintln(os.Stderr, "usage: healthprobe http://HOST:PORT/PATH")' \
    '    os.Exit(2)' \
    '  }' \
    '  host, path := strings.TrimPrefix(os.Args[1], "http://"), "/"' \
    '  if i := strings.Index(host, "/"); i >= 0 {' \
    '    host, path = host[:i], host[i:]' \
    '  }' \
    '  conn, err := net.DialTimeout("tcp", host, 3*time.Second)' \
    '  if err != nil {' \
    '    fmt.Fprintln(os.Stderr, "unhealthy:", err)' \
    '    os.Exit(1)' \
    '  }' \
    '  conn.SetDeadline(time.Now().Add(3 * time.Second))' \
    '  fmt.Fprintf(conn, "GET %s HTTP/1.0\r\nHost: %s\r\nUser-Agent: healthprobe\r\n\r\n", path, host)' \
    '  status, err := bufio.NewReader(conn).ReadString(10)' \
    '  conn.Close()' \
    '  fields := strings.Fields(status)' \
    '  if err == nil && len(fields) >= 2 && strings.HasPrefix(fields[0], "HTTP/") && len(fields[1]) == 3 && fields[1][0] == 50 {' \
    '    os.Exit(0)' \
    '  }' \
    '  fmt.Fprintln(os.Stderr, "unhealthy:", strings.TrimSpace(status), err)' \
    '  os.Exit(1)' \
    '}' \
    > /tmp/healthprobe/main.go \
    && cd /tmp/healthprobe && GOFLAGS= CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w" -o /out/healthprobe main.go

FROM maven:3.9-eclipse-temurin-17 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends binutils \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY pom.xml ./
RUN --mount=type=cache,id=maven,target=/root/.m2,sharing=locked \
    mvn -B -q dependency:go-offline
COPY src ./src
RUN --mount=type=cache,id=maven,target=/root/.m2,sharing=locked \
    mvn -B -q -DskipTests package

FROM maven:3.9-eclipse-temurin-17 AS jre
RUN jlink --add-modules java.base,java.logging,java.net.http,jdk.httpserver \
    --strip-debug --no-man-pages --no-header-files --compress=2 \
    --output /opt/jre

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends fontconfig \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=jre --link /opt/jre /opt/jre
COPY --from=healthprobe --link /out/healthprobe /usr/local/bin/healthprobe
COPY --from=build --link /build/target/app.jar ./app.jar
COPY --link config/application.yaml /app/config/application.yaml
ENV SPRING_CONFIG_ADDITIONAL_LOCATION=/app/config/
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 CMD ["/usr/local/bin/healthprobe", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["/opt/jre/bin/java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "-Xss512k", "-Djava.awt.headless=true", "-jar", "/app/app.jar"]
LABEL org.opencontainers.image.title=shop \
    org.opencontainers.image.description="The shop front end" \
    org.opencontainers.image.version=1.4.2 \
    org.opencontainers.image.revision=9f8e7d6c5b4a39281706f5e4d3c2b1a098765432 \
    org.opencontainers.image.created=2024-05-01T12:00:00Z \
    org.opencontainers.image.source=https://github.com/acme/shop \
    org.opencontainers.image.documentation=https://docs.acme.example/shop \
    org.opencontainers.image.url=https://shop.acme.example \
    org.opencontainers.image.licenses=Apache-2.0 \
    org.opencontainers.image.vendor="ACME Corp" \
    org.opencontainers.image.authors="Shop team <shop@acme.example>" \
    org.opencontainers.image.ref.name=1.4.2 \
    org.opencontainers.image.base.name=docker.io/library/node:20-bookworm-slim \
    org.opencontainers.image.base.digest=sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
