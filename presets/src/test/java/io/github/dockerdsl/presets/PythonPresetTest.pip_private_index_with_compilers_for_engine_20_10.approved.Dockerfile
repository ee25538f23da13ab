FROM python:3.11-slim-bookworm AS build
# dockerdsl:suppress DF039 -- builder-only tools from the base image's distribution; pinned versions vanish from its mirror
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN python3 -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    PIP_DISABLE_PIP_VERSION_CHECK=1
COPY requirements.txt requirements-prod.txt ./
RUN --mount=type=cache,id=pip,target=/root/.cache/pip,sharing=locked \
    --mount=type=secret,id=pip_index_url,target=/run/secrets/pip_index_url,required \
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip install -r requirements.txt -r requirements-prod.txt
RUN rm -rf /opt/venv/bin/pip /opt/venv/bin/pip3* /opt/venv/lib/python*/site-packages/pip /opt/venv/lib/python*/site-packages/pip-*.dist-info

FROM python:3.11-slim-bookworm AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /app
RUN python -m pip uninstall --yes --no-cache-dir pip setuptools wheel
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=build --chown=10001:10001 /opt/venv /opt/venv
COPY --chown=10001:10001 . .
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2).status == 200 else 1)"]
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "shop.wsgi:application"]
