FROM python:3.12-slim

RUN mkdir -p /usr/src/app
WORKDIR /usr/src/app

# Triggers run when another image is built FROM this one.
ONBUILD COPY requirements.txt /usr/src/app/
ONBUILD RUN pip install --no-cache-dir -r requirements.txt
ONBUILD ARG APP_VERSION=dev
ONBUILD ENV APP_VERSION=${APP_VERSION}
ONBUILD COPY . /usr/src/app
onbuild label org.opencontainers.image.version=${APP_VERSION}

CMD ["python3", "app.py"]
