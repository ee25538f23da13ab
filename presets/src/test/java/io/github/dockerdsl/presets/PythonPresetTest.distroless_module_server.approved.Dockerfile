# syntax=docker/dockerfile:1.4

FROM debian:12-slim AS build
# dockerdsl:suppress DF039 -- builder-only tools from the base image's distribution; pinned versions vanish from its mirror
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3-venv \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN python3 -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    PIP_DISABLE_PIP_VERSION_CHECK=1
COPY requirements.txt ./
RUN --mount=type=cache,id=pip,target=/root/.cache/pip,sharing=locked \
    pip install -r requirements.txt
RUN rm -rf /opt/venv/bin/pip /opt/venv/bin/pip3* /opt/venv/lib/python*/site-packages/pip /opt/venv/lib/python*/site-packages/pip-*.dist-info

FROM gcr.io/distroless/python3-debian12:nonroot AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /app
COPY --from=build --chown=65532:65532 --link /opt/venv /opt/venv
COPY --chown=65532:65532 --link . .
USER 65532:65532
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["/opt/venv/bin/python3", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2).status == 200 else 1)"]
STOPSIGNAL SIGINT
ENTRYPOINT ["/opt/venv/bin/python3", "-m", "worker"]
