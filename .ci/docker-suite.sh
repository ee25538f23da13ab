#!/usr/bin/env bash
# .ci/docker-suite.sh - the real-build part of CI: set up a Docker engine and the offline stand-in
# base images (.ci/docker-setup.sh), then, if the engine really runs containers, run the tagged
# integration suite that builds and runs every preset's output.
#
# When no engine can be had (not root, no apt, dockerd refuses to start) it says so and exits 0,
# as the integration tests themselves skip with a message where no engine runs; with
# DOCKERDSL_REQUIRE_DOCKER=1 that is an error instead.
# A dockerd that this run started is stopped at the end (KEEP_DOCKERD=1 keeps it running).
# Meant to be called from .ci/run.

set -euo pipefail
cd "$(dirname "$0")/.."

DOCKER=/usr/bin/docker   # the 20.10 client from docker.io; see .ci/docker-setup.sh
T0=$(date +%s)
log() { printf '[docker-suite %4ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }
skip() {
  if [ "${DOCKERDSL_REQUIRE_DOCKER:-0}" = 1 ]; then log "FAILED: $*"; exit 1; fi
  log "SKIPPED the real-build suite: $*"; exit 0
}

engine_was_up=false
"$DOCKER" info >/dev/null 2>&1 && engine_was_up=true
stop_ours() {
  if [ "$engine_was_up" = false ] && [ "${KEEP_DOCKERD:-0}" != 1 ]; then .ci/docker-setup.sh stop || true; fi
}
trap stop_ours EXIT

[ "$(id -u)" = 0 ] || skip "docker-setup needs root (apt-get, dockerd, debootstrap)"
.ci/docker-setup.sh || skip "set-up failed (see above and .ci/work/dockerd.log)"
log "set-up took $(( $(date +%s) - T0 )) s"
"$DOCKER" run --rm --network=none debian:bookworm-slim true \
  || skip "the engine answers but cannot run a container"

log "running the real-build integration suite"
DOCKERDSL_DOCKER="$DOCKER" ./mvnw -B -pl examples -am test \
  -Dtest.groups=docker -Dtest.excludedGroups=none "$@"
log "done in $(( $(date +%s) - T0 )) s"
