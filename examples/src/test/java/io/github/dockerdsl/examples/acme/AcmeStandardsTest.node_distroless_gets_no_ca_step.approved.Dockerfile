# syntax=docker/dockerfile:1.4

FROM registry.acme.internal/dockerhub/library/node:20-bookworm-slim@sha256:ef755ec916bed26e773d3cd5027517277f0a2f23e40e8fe1c975f4d4cb852be2 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,id=npm,target=/root/.npm,sharing=locked \
    npm ci --no-audit --no-fund --omit=dev && mkdir -p node_modules

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

FROM registry.acme.internal/gcr/distroless/nodejs20-debian12:nonroot@sha256:41b1353e63c142aafa48b3b8f1f032471e333b53b186e3ded1614b30cb41f57c AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=healthprobe --link /out/healthprobe /usr/local/bin/healthprobe
COPY --from=deps --chown=65532:65532 --link /app/node_modules ./node_modules
COPY --chown=65532:65532 --link . .
USER 65532:65532
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["/usr/local/bin/healthprobe", "http://127.0.0.1:3000/health"]
ENTRYPOINT ["/nodejs/bin/node", "index.js"]
LABEL org.opencontainers.image.vendor="ACME Corp" \
    com.acme.team=platform
