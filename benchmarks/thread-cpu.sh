#!/usr/bin/env bash
# Where one run of a command spends its CPU, by thread: starts the command (output discarded), reads
# utime + stime of each of its threads from /proc/PID/task/*/stat every 5 ms until it exits, and
# prints the last reading summed by thread name (a JVM's two "C1 CompilerThre" threads are one line).
# Linux only; threads that live less than 5 ms can be missed.
#
#   benchmarks/thread-cpu.sh java -XX:TieredStopAtLevel=1 -jar cli/target/dockerdsl-cli-0.1.0-SNAPSHOT-all.jar lint c/*.Dockerfile
set -uo pipefail

[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }
[ -d /proc/self/task ] || { echo "$0: needs Linux's /proc" >&2; exit 2; }
tick_ms=$(( 1000 / $(getconf CLK_TCK) ))

"$@" >/dev/null 2>&1 &
pid=$!
declare -A ticks names
while kill -0 "$pid" 2>/dev/null; do
  for task in /proc/"$pid"/task/*; do
    line=""
    read -r line 2>/dev/null <"$task/stat" || continue
    tid="${task##*/}"
    name="${line#*(}"; name="${name%)*}"
    # the fields after "(name) ": state is the 1st, utime the 12th, stime the 13th
    read -r -a fields <<<"${line##*) }"
    ticks[$tid]=$(( fields[11] + fields[12] ))
    names[$tid]="${name// /_}"
  done
  sleep 0.005
done
wait "$pid"

for tid in "${!ticks[@]}"; do
  echo "${names[$tid]} ${ticks[$tid]}"
done | awk -v ms="$tick_ms" '{ cpu[$1] += $2 * ms } END { for (n in cpu) if (cpu[n] > 0) printf "%8d ms  %s\n", cpu[n], n }' | sort -rn
