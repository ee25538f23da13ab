# syntax=docker/dockerfile:1

ARG GO_VERSION=1.22

FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS build
WORKDIR /src
# Download dependencies first, with cache and bind mounts.
RUN --mount=type=cache,target=/go/pkg/mod/ \
    --mount=type=bind,target=go.sum,source=go.sum \
    --mount=type=bind,target=go.mod,source=go.mod \
    go mod download -x
ARG TARGETOS
ARG TARGETARCH
# Build the application, offline.
RUN --mount=type=cache,target=/go/pkg/mod/ \
    --mount=type=cache,id=go-build-${TARGETARCH},target=/root/.cache/go-build,sharing=locked \
    --mount=type=bind,target=. \
    --network=none \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w" -o /bin/server ./cmd/server

FROM build AS test
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,target=. \
    --mount=type=tmpfs,target=/tmp,size=67108864 \
    go test -v ./...

FROM alpine:3.20 AS certs
RUN apk --no-cache add ca-certificates tzdata

FROM scratch
COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=certs /usr/share/zoneinfo /usr/share/zoneinfo
COPY --from=build /bin/server /bin/
USER 65532:65532
EXPOSE 8080 8443
ENTRYPOINT ["/bin/server"]
