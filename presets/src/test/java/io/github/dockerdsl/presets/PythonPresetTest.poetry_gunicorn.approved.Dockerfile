# syntax=docker/dockerfile:1.4

FROM python:3.11-slim-bookworm AS build
WORKDIR /app
RUN --mount=type=cache,id=pip,target=/root/.cache/pip,sharing=locked \
    python3 -m venv /opt/tools \
    && /opt/tools/bin/pip install --disable-pip-version-check poetry==1.8.5
RUN python3 -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    PIP_DISABLE_PIP_VERSION_CHECK=1
COPY pyproject.toml poetry.lock ./
RUN --mount=type=cache,id=poetry,target=/root/.cache/pypoetry,sharing=locked \
    --mount=type=secret,id=poetry_auth,target=/root/.config/pypoetry/auth.toml,required \
    /opt/tools/bin/poetry install --only main --no-root --no-interaction --no-ansi
RUN rm -rf /opt/venv/bin/pip /opt/venv/bin/pip3* /opt/venv/lib/python*/site-packages/pip /opt/venv/lib/python*/site-packages/pip-*.dist-info

FROM python:3.11-slim-bookworm AS runtime
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
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app.main:app"]
