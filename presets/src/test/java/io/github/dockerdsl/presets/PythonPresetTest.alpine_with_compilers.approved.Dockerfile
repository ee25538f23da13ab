# syntax=docker/dockerfile:1.4

FROM python:3.12-alpine AS build
# dockerdsl:suppress DF039 -- builder-only tools from the base image's distribution; pinned versions vanish from its mirror
RUN apk add --no-cache build-base
WORKDIR /app
RUN python3 -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    PIP_DISABLE_PIP_VERSION_CHECK=1
COPY requirements.txt ./
RUN --mount=type=cache,id=pip,target=/root/.cache/pip,sharing=locked \
    pip install -r requirements.txt
RUN rm -rf /opt/venv/bin/pip /opt/venv/bin/pip3* /opt/venv/lib/python*/site-packages/pip /opt/venv/lib/python*/site-packages/pip-*.dist-info

FROM python:3.12-alpine AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /app
RUN python -m pip uninstall --yes --no-cache-dir pip setuptools wheel
RUN addgroup -S -g 10001 app \
    && adduser -S -D -H -u 10001 -G app -s /sbin/nologin app
COPY --from=build --chown=10001:10001 --link /opt/venv /opt/venv
COPY --chown=10001:10001 --link . .
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2).status == 200 else 1)"]
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
