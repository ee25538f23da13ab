#!/usr/bin/env bash
# .ci/docker-verify.sh - build a Dockerfile with the real engine, run the image, and print ONE JSON
# line with what dockerdsl's presets promise: build ok and seconds, image size, configured user,
# the uid the main process really runs as, the health status once the healthcheck has a verdict,
# how long `docker stop` took (about 0.3 s when SIGTERM reaches the app, the stop timeout when it
# does not), and whether build-only tooling (gcc, go, javac, mvn, pip, npm devDependencies) is
# absent from the image.
#
# Usage:  .ci/docker-verify.sh CONTEXT [DOCKERFILE]      (DOCKERFILE defaults to CONTEXT/Dockerfile)
# Environment (all optional):
#   DOCKERDSL_DOCKER=/usr/bin/docker  the client; it must be 20.10's (a newer client earlier on
#                     PATH may have no buildx plugin and then fails every DOCKER_BUILDKIT=1 build)
#   TOUCH=src/x.js    after the build, append a comment line to this file (in a copy of CONTEXT),
#                     build again and report which steps were NOT taken from the cache
#   HEALTH_WAIT=60    seconds to wait for the healthcheck's verdict
#   HEALTH_INTERVAL=2s  `docker run --health-interval` so the verdict comes quickly; the probe
#                     command itself is the image's. Empty: keep the image's interval.
#   STOP_TIMEOUT=10   `docker stop -t` (SIGKILL after that many seconds)
#   DEV_TOOLS="gcc go javac mvn pip npm-dev"  what to look for in the image's file system
#   KEEP_IMAGE=1      keep the image (tagged dockerdsl-verify-<name>:latest)
# Exit status: 0 built and (if it has a command) ran; 1 build failed; 2 run failed; 3 usage/engine.
# Progress goes to stderr, the JSON line to stdout. Needs an engine (.ci/docker-setup.sh).

set -uo pipefail

DOCKER="${DOCKERDSL_DOCKER:-/usr/bin/docker}"
err() { printf '[docker-verify] %s\n' "$*" >&2; }
[ $# -ge 1 ] && [ $# -le 2 ] || { err "usage: $0 CONTEXT [DOCKERFILE]"; exit 3; }
CTX=$1
DOCKERFILE=${2:-$CTX/Dockerfile}
[ -d "$CTX" ] || { err "no such folder: $CTX"; exit 3; }
[ -f "$DOCKERFILE" ] || { err "no such file: $DOCKERFILE"; exit 3; }
"$DOCKER" info >/dev/null 2>&1 || { err "no engine answers to $DOCKER: run .ci/docker-setup.sh"; exit 3; }

HEALTH_WAIT=${HEALTH_WAIT:-60}
HEALTH_INTERVAL=${HEALTH_INTERVAL-2s}
STOP_TIMEOUT=${STOP_TIMEOUT:-10}
DEV_TOOLS=${DEV_TOOLS:-gcc go javac mvn pip npm-dev}
NAME="$(basename "$(cd "$CTX" && pwd)")-$(basename "$DOCKERFILE" | tr 'A-Z.' 'a-z-')"
TAG="dockerdsl-verify-$NAME:latest"
CNAME="dockerdsl-verify-$NAME-$$"
TMP=$(mktemp -d)
cleanup() {
  "$DOCKER" rm -f "$CNAME" >/dev/null 2>&1
  [ "${KEEP_IMAGE:-0}" = 1 ] || "$DOCKER" rmi -f "$TAG" >/dev/null 2>&1
  rm -rf "$TMP"
}
trap cleanup EXIT

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
jstr() {  # a JSON string, or null when empty
  if [ -z "${1:-}" ]; then printf 'null'; else
    printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' | tr '\n\t\r' '   ')"; fi
}
jarr() {  # a JSON array of strings from the arguments
  local out="" s; for s in "$@"; do out="$out${out:+, }$(jstr "$s")"; done; printf '[%s]' "$out"
}
build() {  # build CONTEXT LOG TAG: BuildKit with plain progress, so CACHED steps can be counted
  DOCKER_BUILDKIT=1 "$DOCKER" build --progress=plain -f "$DOCKERFILE" -t "$3" "$1" >"$2" 2>&1
}

# ------------------------------------------------------------------ build
err "building $CTX with $DOCKERFILE"
B0=$(now); build "$CTX" "$TMP/build.log" "$TAG"; BRC=$?; BUILD_S=$(secs "$B0" "$(now)")
if [ $BRC -ne 0 ]; then
  tail -20 "$TMP/build.log" >&2
  ERR=$(grep -E 'ERROR|error:|failed to solve|dockerfile parse error' "$TMP/build.log" | tail -1)
  printf '{"dockerfile": %s, "build_ok": false, "build_seconds": %s, "error": %s}\n' \
    "$(jstr "$DOCKERFILE")" "$BUILD_S" "$(jstr "${ERR:-$(tail -1 "$TMP/build.log")}")"
  exit 1
fi
I() { "$DOCKER" image inspect -f "$1" "$TAG"; }
SIZE=$(I '{{.Size}}')
LAYERS=$(I '{{len .RootFS.Layers}}')
USER_CFG=$(I '{{.Config.User}}')
HAS_HC=$(I '{{if .Config.Healthcheck}}true{{else}}false{{end}}')
HAS_CMD=$(I '{{if or .Config.Cmd .Config.Entrypoint}}true{{else}}false{{end}}')

# ------------------------------------------------------------------ build-only tooling
# Read from the image's file list (docker export), so it works for FROM scratch too.
"$DOCKER" create --name "$CNAME-fs" "$TAG" /nonexistent >/dev/null 2>&1
"$DOCKER" export "$CNAME-fs" 2>/dev/null | tar -t 2>/dev/null | sed 's|^\./||; s|^|/|' >"$TMP/files"
"$DOCKER" rm -f "$CNAME-fs" >/dev/null 2>&1
DEV_PRESENT=()
for tool in $DEV_TOOLS; do
  case $tool in
    gcc)   re='/bin/(gcc|cc|g\+\+|c\+\+|x86_64-linux-gnu-gcc(-[0-9]+)?)$' ;;
    go)    re='/bin/go$|^/usr/lib/go(-[0-9.]+)?/bin/go$|^/usr/local/go/bin/go$' ;;
    javac) re='/bin/javac$' ;;
    mvn)   re='/bin/mvn$' ;;
    pip)   re='/bin/pip[0-9.]*$|/(site|dist)-packages/pip/$' ;;
    npm-dev)
      # devDependencies of CONTEXT/package.json installed in an app's node_modules
      # (npm's own bundled modules under /usr/local/lib/node_modules/ do not count)
      re='^$'
      if [ -f "$CTX/package.json" ]; then
        devs=$(node -e 'const p=require(process.argv[1]);console.log(Object.keys(p.devDependencies||{}).join("|"))' \
                 "$(cd "$CTX" && pwd)/package.json" 2>/dev/null \
               || sed -n '/"devDependencies"/,/}/s/^ *"\([^"]*\)": *".*/\1/p' "$CTX/package.json" | paste -sd'|' -)
        [ -z "$devs" ] || re="^/(.*/)?node_modules/($(printf '%s' "$devs" | sed 's/[.]/\\./g'))/package\\.json$"
      fi ;;
    *) err "unknown DEV_TOOLS entry: $tool"; exit 3 ;;
  esac
  hit=$(grep -v '^/usr/local/lib/node_modules/' "$TMP/files" | grep -E -m1 "$re")
  [ -z "$hit" ] || DEV_PRESENT+=("$tool:$hit")
done
DEV_ABSENT=true; [ ${#DEV_PRESENT[@]} -eq 0 ] || DEV_ABSENT=false

# ------------------------------------------------------------------ rebuild after a source change
REBUILD_J=""
if [ -n "${TOUCH:-}" ]; then
  [ -f "$CTX/$TOUCH" ] || { err "TOUCH: no such file: $CTX/$TOUCH"; exit 3; }
  cp -a "$CTX/." "$TMP/ctx"
  case $TOUCH in
    *.py|*.sh|*.toml|*.txt|*.yaml|*.yml) line="# changed by docker-verify $$" ;;
    *.xml|*.html) line="<!-- changed by docker-verify $$ -->" ;;
    *) line="// changed by docker-verify $$" ;;
  esac
  printf '\n%s\n' "$line" >>"$TMP/ctx/$TOUCH"
  R0=$(now); build "$TMP/ctx" "$TMP/rebuild.log" "$TAG-rebuild"; RRC=$?; REBUILD_S=$(secs "$R0" "$(now)")
  [ $RRC -eq 0 ] || { tail -20 "$TMP/rebuild.log" >&2; err "rebuild failed"; }
  "$DOCKER" rmi -f "$TAG-rebuild" >/dev/null 2>&1
  # BuildKit's plain log: "#7 [build 4/6] RUN ..." then "#7 CACHED" for a cache hit
  mapfile -t RAN < <(awk '/^#[0-9]+ \[[^]]*[0-9]+\/[0-9]+\] (RUN|COPY|ADD)/ { id=$1; sub(/^#[0-9]+ /, ""); step[id]=substr($0, 1, 70) }
                          /^#[0-9]+ CACHED$/ { cached[$1]=1 }
                          END { for (i in step) if (!(i in cached)) print step[i] }' "$TMP/rebuild.log" | sort)
  CACHED_N=$(grep -c '^#[0-9]* CACHED$' "$TMP/rebuild.log")
  REBUILD_J=$(printf ', "rebuild": {"touched": %s, "ok": %s, "seconds": %s, "cached_steps": %s, "rebuilt_steps": %s}' \
    "$(jstr "$TOUCH")" "$([ $RRC -eq 0 ] && echo true || echo false)" "$REBUILD_S" "$CACHED_N" "$(jarr "${RAN[@]}")")
fi

# ------------------------------------------------------------------ run
RUN_J=null; RC=0
if [ "$HAS_CMD" = true ]; then
  RUN_OPTS=(-d --name "$CNAME")
  [ "$HAS_HC" != true ] || [ -z "$HEALTH_INTERVAL" ] || RUN_OPTS+=(--health-interval "$HEALTH_INTERVAL")
  if "$DOCKER" run "${RUN_OPTS[@]}" "$TAG" >/dev/null 2>"$TMP/run.err"; then
    C() { "$DOCKER" inspect -f "$1" "$CNAME" 2>/dev/null; }
    sleep 1
    # the uid of the container's main process as the kernel sees it (no user namespaces here)
    PROC_UID=""; PROC=""
    if [ "$(C '{{.State.Running}}')" = true ]; then
      PID1=$(C '{{.State.Pid}}')
      PROC_UID=$(awk '/^Uid:/ { print $2 }' "/proc/$PID1/status" 2>/dev/null)
      PROC=$(tr '\0' ' ' <"/proc/$PID1/cmdline" 2>/dev/null | sed 's/ $//')
    fi
    HEALTH=""; H0=$(now)
    if [ "$HAS_HC" = true ]; then
      for _ in $(seq 1 "$HEALTH_WAIT"); do
        HEALTH=$(C '{{.State.Health.Status}}')
        [ "$HEALTH" = starting ] || break
        sleep 1
      done
    fi
    HEALTH_S=$(secs "$H0" "$(now)")
    STOP_S=null
    if [ "$(C '{{.State.Running}}')" = true ]; then
      S0=$(now); "$DOCKER" stop -t "$STOP_TIMEOUT" "$CNAME" >/dev/null; STOP_S=$(secs "$S0" "$(now)")
    fi
    EXIT_CODE=$(C '{{.State.ExitCode}}')
    LOGTAIL=$("$DOCKER" logs --tail 3 "$CNAME" 2>&1 | tail -c 300)
    RUN_J=$(printf '{"main_process_uid": %s, "main_process": %s, "health": %s, "health_wait_seconds": %s, "stop_seconds": %s, "exit_code": %s, "log_tail": %s}' \
      "${PROC_UID:-null}" "$(jstr "$PROC")" "$(jstr "$HEALTH")" "$HEALTH_S" "$STOP_S" "${EXIT_CODE:-null}" "$(jstr "$LOGTAIL")")
  else
    RUN_J=$(printf '{"error": %s}' "$(jstr "$(tail -3 "$TMP/run.err")")"); RC=2
  fi
fi

printf '{"dockerfile": %s, "build_ok": true, "build_seconds": %s, "image_size_bytes": %s, "layers": %s, "user": %s, "healthcheck": %s, "dev_tools_absent": %s, "dev_tools_present": %s%s, "run": %s}\n' \
  "$(jstr "$DOCKERFILE")" "$BUILD_S" "$SIZE" "$LAYERS" "$(jstr "$USER_CFG")" "$HAS_HC" \
  "$DEV_ABSENT" "$(jarr "${DEV_PRESENT[@]}")" "$REBUILD_J" "$RUN_J"
exit $RC
