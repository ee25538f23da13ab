FROM registry.acme.internal/dockerhub/library/golang:1.22-bookworm@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa AS build
COPY --from=registry.acme.internal/dockerhub/golangci/golangci-lint:v1.59@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa /usr/local/bin/golangci-lint /usr/local/bin/
RUN --mount=type=bind,target=/tools,from=registry.acme.internal/dockerhub/library/busybox:1.36@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \
    --mount=type=cache,target=/root/.cache/go-build,from=ghcr.io/acme/go-cache:1@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \
    go build -o /out/app .

FROM gcr.io/distroless/static-debian12:nonroot@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
