FROM python:3.11-slim-bookworm AS build
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
COPY . .
RUN --mount=type=cache,id=uv,target=/root/.cache/uv,sharing=locked \
    /opt/tools/bin/uv sync --frozen --no-dev --no-editable
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
CMD ["uvicorn", "shop_api.main:app", "--host", "0.0.0.0", "--port", "8000"]
