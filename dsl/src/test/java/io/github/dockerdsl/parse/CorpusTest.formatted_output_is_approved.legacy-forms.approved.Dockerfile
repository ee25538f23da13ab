FROM ubuntu:16.04 AS base
MAINTAINER Jane Doe <jane@example.com>
LABEL version=1.0
LABEL description="An old image" \
    vendor="ACME Inc."
ENV DEBIAN_FRONTEND=noninteractive
ENV HOME=/root \
    TERM=xterm
RUN apt-get update && apt-get install -y \
    nginx \
    supervisor \
    && rm -rf /var/lib/apt/lists/*
ADD supervisord.conf /etc/supervisor/conf.d/supervisord.conf
ADD https://example.com/files/app.tar.gz /opt/
EXPOSE 80 443
EXPOSE 8000-8010
VOLUME ["/var/log/nginx", "/var/www"]
WORKDIR /var/www
CMD /usr/bin/supervisord -n
ENTRYPOINT exec nginx -g 'daemon off;'
CMD ['nginx', '-g', 'daemon off;']
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
STOPSIGNAL SIGTERM
