# syntax=docker/dockerfile:1.4

FROM --platform=$BUILDPLATFORM registry.acme.internal/dockerhub/library/golang:1.22-bookworm@sha256:d7e5391687c90a4f0b5015b31dca55dfee1cd5019f9106acf543c626b90668ce AS healthprobe
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

FROM registry.acme.internal/dockerhub/library/maven:3.9-eclipse-temurin-17@sha256:5336a6e651155c58cd08c7ef779dc7e37e7df745187b5260fc374419f2a43044 AS build
WORKDIR /build
COPY pom.xml ./
RUN --mount=type=cache,id=maven,target=/root/.m2,sharing=locked \
    mvn -B -q dependency:go-offline
COPY src ./src
RUN --mount=type=cache,id=maven,target=/root/.m2,sharing=locked \
    mvn -B -q -DskipTests package

FROM registry.acme.internal/dockerhub/library/eclipse-temurin:17-jre@sha256:f08b433cca4c649825660002e2659f88a6fd25862a81a36d229ff7611b04b62b AS runtime
# dockerdsl:suppress DF039 -- ca-certificates must follow the distribution's security updates
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --chmod=0644 acme-root-ca.crt /usr/local/share/ca-certificates/acme-root-ca.crt
RUN update-ca-certificates
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=healthprobe --link /out/healthprobe /usr/local/bin/healthprobe
COPY --from=build --link /build/target/app.jar ./app.jar
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 CMD ["/usr/local/bin/healthprobe", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
LABEL org.opencontainers.image.vendor="ACME Corp" \
    com.acme.team=platform
