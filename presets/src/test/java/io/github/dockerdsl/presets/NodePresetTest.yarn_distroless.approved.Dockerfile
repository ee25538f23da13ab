# syntax=docker/dockerfile:1.4

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json yarn.lock ./
RUN --mount=type=cache,id=yarn,target=/usr/local/share/.cache/yarn,sharing=locked \
    yarn install --frozen-lockfile --non-interactive --production && mkdir -p node_modules

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json yarn.lock ./
RUN --mount=type=cache,id=yarn,target=/usr/local/share/.cache/yarn,sharing=locked \
    yarn install --frozen-lockfile --non-interactive
COPY . .
RUN yarn run build

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

FROM gcr.io/distroless/nodejs20-debian12:nonroot AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=healthprobe --link /out/healthprobe /usr/local/bin/healthprobe
COPY --from=deps --chown=65532:65532 --link /app/node_modules ./node_modules
COPY --chown=65532:65532 --link package.json ./
COPY --from=build --chown=65532:65532 --link /app/build ./build
USER 65532:65532
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["/usr/local/bin/healthprobe", "http://127.0.0.1:3000/health"]
ENTRYPOINT ["/nodejs/bin/node", "build/main.js"]
