# syntax=docker/dockerfile:1.4

FROM registry.acme.internal/dockerhub/library/python:3.11-slim-bookworm@sha256:173541f28ed404936c2fd18438a59cec040e3fcc0d4ea3800d5b2d3ac55eb7dd AS build
WORKDIR /app
RUN python3 -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    PIP_DISABLE_PIP_VERSION_CHECK=1
COPY requirements.txt ./
RUN --mount=type=cache,id=pip,target=/root/.cache/pip,sharing=locked \
    pip install -r requirements.txt
RUN rm -rf /opt/venv/bin/pip /opt/venv/bin/pip3* /opt/venv/lib/python*/site-packages/pip /opt/venv/lib/python*/site-packages/pip-*.dist-info

FROM registry.acme.internal/dockerhub/library/python:3.11-slim-bookworm@sha256:173541f28ed404936c2fd18438a59cec040e3fcc0d4ea3800d5b2d3ac55eb7dd AS runtime
# dockerdsl:suppress DF039 -- ca-certificates must follow the distribution's security updates
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --chmod=0644 acme-root-ca.crt /usr/local/share/ca-certificates/acme-root-ca.crt
RUN update-ca-certificates
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /app
RUN python -m pip uninstall --yes --no-cache-dir pip setuptools wheel
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=build --chown=10001:10001 --link /opt/venv /opt/venv
COPY --chown=10001:10001 --link . .
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2).status == 200 else 1)"]
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
LABEL org.opencontainers.image.vendor="ACME Corp" \
    com.acme.team=platform
