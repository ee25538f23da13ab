# hadolint global ignore=DL3059
FROM debian:bookworm-slim

# hadolint ignore=DL3008,DL3009
RUN apt-get update && apt-get install -y --no-install-recommends curl

# dockerdsl:suppress DF006 -- the archive must be unpacked into /opt
ADD tools.tar.gz /opt/

# dockerdsl:suppress DF002
USER root

# A comment that is not a waiver: hadolint is a linter.
WORKDIR /srv
CMD ["sleep", "infinity"]
