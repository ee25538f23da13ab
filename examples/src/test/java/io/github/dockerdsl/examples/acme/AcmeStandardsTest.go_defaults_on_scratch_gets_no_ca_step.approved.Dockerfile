# syntax=docker/dockerfile:1.4

FROM --platform=$BUILDPLATFORM registry.acme.internal/dockerhub/library/golang:1.22-bookworm@sha256:d7e5391687c90a4f0b5015b31dca55dfee1cd5019f9106acf543c626b90668ce AS build
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
WORKDIR /src
ARG TARGETOS
ARG TARGETARCH
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
COPY --from=build --link /out/app /app
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["/app", "-health"]
ENTRYPOINT ["/app"]
LABEL org.opencontainers.image.vendor="ACME Corp" \
    com.acme.team=platform
