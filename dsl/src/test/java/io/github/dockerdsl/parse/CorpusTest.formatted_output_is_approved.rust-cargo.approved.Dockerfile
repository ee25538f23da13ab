# syntax=docker/dockerfile:1.20

ARG RUST_VERSION=1.79.0
ARG APP_NAME=server

FROM rust:${RUST_VERSION}-slim-bookworm AS build
ARG APP_NAME
WORKDIR /app
# Private git dependencies are fetched over the forwarded SSH agent.
RUN --mount=type=ssh,id=github,required \
    --mount=type=cache,target=/usr/local/cargo/git/db \
    --mount=type=cache,target=/usr/local/cargo/registry/,sharing=locked \
    --mount=type=bind,target=/app/Cargo.toml,source=Cargo.toml \
    --mount=type=bind,target=/app/Cargo.lock,source=Cargo.lock \
    cargo fetch --locked
RUN --mount=type=bind,target=/app/src,source=src \
    --mount=type=bind,target=/app/Cargo.toml,source=Cargo.toml \
    --mount=type=bind,target=/app/Cargo.lock,source=Cargo.lock \
    --mount=type=cache,id=rust-target,target=/app/target/ \
    --mount=type=cache,target=/usr/local/cargo/git/db \
    --mount=type=cache,target=/usr/local/cargo/registry/,sharing=locked \
    --mount=type=tmpfs,target=/tmp \
    --network=none \
    --security=sandbox \
    <<EOF
set -e
cargo build --locked --release --offline
cp ./target/release/$APP_NAME /bin/server
EOF

FROM gcr.io/distroless/cc-debian12:nonroot@sha256:5bfa8e6f2f3ad8e3e7c6b2f58a2dca1ce4b3e0c3a0f1e2d3c4b5a69788796a5b AS final
COPY --from=build --chown=65532:65532 /bin/server /bin/
EXPOSE 8000
ENTRYPOINT ["/bin/server"]
