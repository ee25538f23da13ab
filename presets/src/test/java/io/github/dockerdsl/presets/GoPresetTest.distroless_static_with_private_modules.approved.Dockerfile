# syntax=docker/dockerfile:1.4

FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod go.sum* ./
RUN --mount=type=cache,id=go-mod,target=/go/pkg/mod \
    --mount=type=secret,id=netrc,target=/root/.netrc,required \
    GOPRIVATE=github.com/acme/*,gitlab.acme.internal go mod download
COPY . .
ARG TARGETOS
ARG TARGETARCH
RUN --mount=type=cache,id=go-mod,target=/go/pkg/mod \
    --mount=type=cache,id=go-build,target=/root/.cache/go-build \
    --mount=type=secret,id=netrc,target=/root/.netrc,required \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH GOPRIVATE=github.com/acme/*,gitlab.acme.internal go build -trimpath -ldflags="-s -w" -o /out/api .

FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build --link /out/api /api
USER 65532:65532
# dockerdsl:suppress DF015 -- distroless static has no shell or HTTP client; the orchestrator probes /health
EXPOSE 9090
ENTRYPOINT ["/api"]
