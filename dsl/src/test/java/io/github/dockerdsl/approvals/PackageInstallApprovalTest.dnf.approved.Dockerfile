# syntax=docker/dockerfile:1.2

FROM fedora:40 AS cleaned
RUN dnf install -y --setopt=install_weak_deps=0 --nodocs \
        ca-certificates \
        curl \
        git-2.45.2 \
    && dnf clean all

FROM fedora:40 AS cached
RUN --mount=type=cache,target=/var/cache/dnf,sharing=locked \
    dnf install -y --setopt=install_weak_deps=0 --setopt=keepcache=1 --nodocs \
        ca-certificates \
        curl \
        git-2.45.2
