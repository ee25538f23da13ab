FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS build
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
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /usr/share/zoneinfo /usr/share/zoneinfo
COPY --from=build /etc/passwd /etc/group /etc/
COPY --from=build /out/app /app
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["/app", "-healthcheck"]
ENTRYPOINT ["/app"]
LABEL org.opencontainers.image.title=hello \
    org.opencontainers.image.description="The sample service" \
    org.opencontainers.image.source=https://github.com/acme/hello
