# syntax=docker/dockerfile:1.4

FROM --platform=$BUILDPLATFORM registry.example.com/dockerhub/library/golang:1.22-bookworm@sha256:4f1c9a0e3b7d2c6a8e5f0b1d3c7a9e2f4b6d8a0c2e4f6b8d0a2c4e6f8b0d2a4c AS build
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
WORKDIR /src
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
COPY go.mod go.sum* ./
RUN --mount=type=cache,id=go-mod,target=/go/pkg/mod \
    go mod download
COPY . .
RUN --mount=type=cache,id=go-mod,target=/go/pkg/mod \
    --mount=type=cache,id=go-build,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/server

FROM scratch AS runtime
COPY --from=build --link /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build --link /usr/share/zoneinfo /usr/share/zoneinfo
COPY --from=build --link /etc/passwd /etc/group /etc/
COPY --from=build --link /out/healthprobe /usr/local/bin/healthprobe
COPY --from=build --link /out/app /app
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["/usr/local/bin/healthprobe", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["/app"]
