# syntax=docker/dockerfile:1.2

FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4 AS cleaned
RUN microdnf install -y --setopt=install_weak_deps=0 --nodocs \
        ca-certificates \
        curl \
        git-2.43.5 \
    && microdnf clean all

FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4 AS cached
RUN --mount=type=cache,target=/var/cache/yum,sharing=locked \
    microdnf install -y --setopt=install_weak_deps=0 --setopt=keepcache=1 --nodocs \
        ca-certificates \
        curl \
        git-2.43.5
