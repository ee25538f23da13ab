FROM alpine:3.20@sha256:b89d9c93e9ed3597455c90a0b88a8bbb5cb7188438f70953fede212a0c4394e0

ARG USER=app
ARG UID=10001 GID=10001
RUN addgroup -g "$GID" -S "$USER" \
 && adduser -S -D -H -u "$UID" -G "$USER" "$USER"

# Labels in several styles.
LABEL org.opencontainers.image.title="misc" \
      org.opencontainers.image.description='Shows quoting: "double" and single' \
      "com.example.quoted-key"="value"

ENV GREETING="hello world" EMPTY="" PATH=/opt/bin:$PATH
ENV MSG=it\'s\ fine

COPY ["my file.txt", "/opt/data/"]
COPY --chown=${UID}:${GID} app/ /opt/app/
ADD --link --exclude=*.tmp https://example.com/a.txt https://example.com/b.txt /opt/downloads/

# An array with single quotes is not JSON, so BuildKit runs it with a shell.
CMD ['sh', '-c', 'echo hi']
ENTRYPOINT [ "/sbin/tini", "--" ]
CMD ["sh"]
RUN ["/bin/sh", "-c", "echo exec form"]
HEALTHCHECK --interval=1m30s --timeout=500ms --start-interval=2s CMD ["wget", "-qO-", "http://localhost:8080/health"]
STOPSIGNAL SIGINT
USER $USER
