# syntax=docker/dockerfile:1.19
# check=skip=JSONArgsRecommended
# A rich sample for the parse --json approval test.
ARG GO_VERSION=1.22
# hadolint global ignore=DL3059

FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-bookworm AS Build
WORKDIR /src
ENV CGO_ENABLED=0 GOFLAGS="-trimpath"
COPY --link go.mod go.sum ./
RUN --mount=type=cache,target=/root/go/pkg/mod,id=gomod,sharing=locked \
    --mount=type=secret,id=netrc,env=NETRC,required=true \
    --network=default \
    go mod download
COPY --exclude=*.md . .
RUN <<EOF
set -e
go vet ./...
EOF
# build the binary with the sources bind-mounted
RUN --mount=type=bind,source=.,target=/src,rw --mount=type=tmpfs,target=/tmp,size=64m --mount=type=ssh ["go", "build", "-o", "/out/app", "./cmd/app"]

FROM scratch
LABEL org.opencontainers.image.title="app" org.opencontainers.image.version="1.0"
COPY --from=build --chown=10001:10001 --chmod=0555 /out/app /app
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/ca.pem /etc/ssl/ca.pem
USER 10001:10001
EXPOSE 8080 9090/udp
VOLUME /data
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s --start-period=1m30s --retries=3 CMD ["/app", "-health"]
ONBUILD COPY . /src
# hadolint ignore=DL3025
ENTRYPOINT ["/app"]
CMD ["serve"]
# dockerdsl:suppress DF019 -- an old registry UI still reads MAINTAINER
maintainer someone@example.com
