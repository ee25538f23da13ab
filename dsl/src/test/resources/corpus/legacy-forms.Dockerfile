from ubuntu:16.04 as base
MAINTAINER Jane Doe <jane@example.com>
label version 1.0
Label description="An old image" vendor="ACME Inc."
env DEBIAN_FRONTEND noninteractive
Env HOME=/root TERM=xterm
run apt-get update && apt-get install -y \
      nginx \
      supervisor \
 && rm -rf /var/lib/apt/lists/*
ADD supervisord.conf /etc/supervisor/conf.d/supervisord.conf
ADD https://example.com/files/app.tar.gz /opt/
expose 80 443
EXPOSE 8000-8010
Volume /var/log/nginx /var/www
workdir /var/www
Cmd /usr/bin/supervisord -n
ENTRYPOINT exec nginx -g 'daemon off;'
CMD ['nginx', '-g', 'daemon off;']
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
StopSignal SIGTERM
