# syntax=docker/dockerfile:1.4

FROM debian:12-slim AS build
# dockerdsl:suppress DF039 -- builder-only tools from the base image's distribution; pinned versions vanish from its mirror
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3-venv build-essential python3-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN --mount=type=cache,id=pip,target=/root/.cache/pip,sharing=locked \
    python3 -m venv /opt/tools \
    && /opt/tools/bin/pip install --disable-pip-version-check uv==0.5.11
RUN python3 -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    UV_PROJECT_ENVIRONMENT=/opt/venv \
    UV_PYTHON_DOWNLOADS=never \
    UV_LINK_MODE=copy
COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,id=uv,target=/root/.cache/uv,sharing=locked \
    /opt/tools/bin/uv sync --frozen --no-dev --no-install-project
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
ENTRYPOINT ["/opt/venv/bin/python3", "-m", "uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
