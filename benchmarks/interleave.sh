#!/usr/bin/env bash
# Compares commands whose difference is smaller than the machine's drift: runs them in turn, round
# after round (one warm-up round first, not counted), so that a change of load hits each alike, and
# prints each one's median wall time and mean CPU time (user + system), both from GNU time.
#
#   benchmarks/interleave.sh ROUNDS NAME 'COMMAND' [NAME 'COMMAND']...
#   benchmarks/interleave.sh 12 defaults "java -jar a.jar lint c/*" less-inlining "java -XX:C1MaxInlineSize=20 -jar a.jar lint c/*"
#
# Each COMMAND is split into words and its globs expanded (no other shell syntax); its exit status is
# ignored (lint exits 1 on findings) and its output discarded. Needs GNU time (apt-get install time).
set -euo pipefail

usage() { echo "usage: $0 ROUNDS NAME 'COMMAND' [NAME 'COMMAND']..." >&2; exit 2; }
if [ $# -lt 3 ] || [ $(( ($# - 1) % 2 )) -ne 0 ]; then usage; fi
rounds="$1"; shift
case "$rounds" in '' | *[!0-9]* | 0) echo "$0: ROUNDS must be a whole number above 0, not '$rounds'" >&2; exit 2 ;; esac
[ -x /usr/bin/time ] || { echo "$0: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

names=() commands=()
while [ $# -gt 0 ]; do names+=("$1"); commands+=("$2"); shift 2; done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for ((round = 0; round <= rounds; round++)); do
  for i in "${!names[@]}"; do
    out=/dev/null
    [ "$round" -eq 0 ] || out="$work/$i"
    # shellcheck disable=SC2086 # the command's words and globs are meant to be split and expanded
    /usr/bin/time -f '%e %U %S' -a -o "$out" ${commands[$i]} >/dev/null 2>&1 || true
  done
done

for i in "${!names[@]}"; do
  # GNU time adds a "Command exited with non-zero status" line before the figures: keep the figures only
  awk 'NF == 3 && $1 ~ /^[0-9.]+$/ { print $1 * 1000, ($2 + $3) * 1000 }' "$work/$i" | sort -n \
    | awk -v name="${names[$i]}" '{ wall[NR] = $1; cpu += $2 }
        END { median = (NR % 2) ? wall[(NR + 1) / 2] : (wall[NR / 2] + wall[NR / 2 + 1]) / 2
              printf "%-16s wall %6.0f ms (median of %d)   CPU %6.0f ms (mean)\n", name, median, NR, cpu / NR }'
done
