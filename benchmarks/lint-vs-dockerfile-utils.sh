#!/usr/bin/env bash
# Whole-process comparison of `dockerdsl lint` with dockerfile-utils 0.16.3 (the validator behind the
# VS Code Docker extension), on one file and on a 1,000-file corpus, with hyperfine and GNU time.
# Prints a Markdown table with the ratios; docs/performance.md explains the figures.
#
#   benchmarks/lint-vs-dockerfile-utils.sh [--runs N] [--java PATH_TO_JAVA_HOME] [--keep DIR]
#
# Needs: Node.js and npm (registry reachable), hyperfine, GNU time (/usr/bin/time), Java 17+.
# Everything it installs or writes goes into a temporary folder (removed at the end unless --keep).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=10
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --java) export JAVA_HOME="$2"; export PATH="$2/bin:$PATH"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--java JAVA_HOME] [--keep DIR] (unknown argument '$1')" >&2; exit 2 ;;
  esac
done
case "$runs" in '' | *[!0-9]* | 0) echo "$0: --runs takes a whole number above 0, not '$runs'" >&2; exit 2 ;; esac
for tool in node npm hyperfine java; do
  command -v "$tool" >/dev/null || { echo "$0: '$tool' is not on PATH; install it first" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "$0: GNU time is missing; apt-get install time" >&2; exit 2; }

work="${keep:-$(mktemp -d)}"
mkdir -p "$work"
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT

echo "== dockerfile-utils 0.16.3 into $work/npm" >&2
if [ ! -d "$work/npm/node_modules/dockerfile-utils" ]; then
  npm install --silent --no-audit --no-fund --prefix "$work/npm" dockerfile-utils@0.16.3 >&2
fi
export NODE_PATH="$work/npm/node_modules"
du_lint="$root/benchmarks/compare/dockerfile-utils-lint.js"

echo "== the 1,000-file corpus (benchmarks/.../RealWorldCorpus.java)" >&2
bench_jar="$root/benchmarks/target/benchmarks.jar"
if [ ! -f "$bench_jar" ] || [ -n "$(find "$root/benchmarks/src" "$root/dsl/src/main" -newer "$bench_jar" -type f -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -Pbenchmarks -DskipTests -pl benchmarks -am package) >&2
fi
rm -rf "$work/c"
java -cp "$bench_jar" io.github.dockerdsl.benchmarks.RealWorldCorpus "$work/c" >&2

echo "== dockerdsl (built by the launcher on first use)" >&2
"$root/dockerdsl" --version >&2
# The launcher uses the startup archive only under the `java` that packaging made it with; for another
# one (--java), make that JDK's archive (AppCDS, or the AOT cache on 25+) as packaging under it would.
target="$root/cli/target"
cli_jar="$target/dockerdsl-cli-0.1.0-SNAPSHOT-all.jar"
archive_java="$(head -1 "$target/dockerdsl-startup.txt" 2>/dev/null || true)"
if [ -z "$archive_java" ] || ! [ "$(command -v java)" -ef "$archive_java" ]; then
  echo "== the startup archive for $(command -v java)" >&2
  java -cp "$cli_jar" io.github.dockerdsl.cli.StartupArchive "$target" "$cli_jar" >&2
fi

cd "$work"
files=(c/*.Dockerfile)
one="c/0001.Dockerfile"
dd="$root/dockerdsl lint"
du="node $du_lint"
all="${files[*]}"

java_version="$(java -version 2>&1 | head -1)"
echo "== $(date -u +%H:%M) UTC, load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $java_version, node $(node --version)" >&2

# The commands of a comparison take turns: one warm-up round, then N rounds of one hyperfine run each,
# the order rotating every round. This machine's CPU slows down for seconds at a time
# (docs/performance.md, seventh round), so consecutive runs of one command would catch a slow phase the
# other side never saw. -i: lint exits 1 on findings.
bench() { # name, then NAME COMMAND pairs
  local name="$1"; shift
  local names=() commands=() args=() round i k
  while [ $# -gt 0 ]; do names+=("$1"); commands+=("$2"); shift 2; done
  for ((round = 0; round <= runs; round++)); do
    args=()
    for ((i = 0; i < ${#names[@]}; i++)); do
      k=$(( (i + round) % ${#names[@]} ))
      args+=(-n "${names[$k]}" "${commands[$k]}")
    done
    # its only output here is a warning per failing exit status (-i), so it is shown only on an error
    hyperfine -N -i --style none --runs 1 --export-json "$work/$name-$round.json" "${args[@]}" \
      >"$work/hyperfine.log" 2>&1 || { cat "$work/hyperfine.log" >&2; exit 1; }
  done
  echo "== $name: ${#names[@]} commands, $runs rounds after a warm-up round" >&2
}
bench one "dockerdsl lint, 1 file" "$dd $one" "dockerfile-utils, 1 file" "$du $one"
bench many "dockerdsl lint, 1000 files" "$dd $all" "dockerfile-utils, 1000 files" "$du $all"
bench formats "text" "$dd $all" "json" "$dd --format json $all" "sarif" "$dd --format sarif $all"

# Peak memory: the maximum resident set size of each of 3 runs, the median kept.
peak() { # command...
  local out=()
  for _ in 1 2 3; do
    /usr/bin/time -o "$work/time.txt" -f '%M' "$@" >/dev/null 2>&1 || true
    out+=("$(tail -1 "$work/time.txt")")
  done
  printf '%s\n' "${out[@]}" | sort -n | sed -n 2p
}
# shellcheck disable=SC2086
mem_dd="$(peak $dd $all)"
# shellcheck disable=SC2086
mem_du="$(peak $du $all)"
echo "== done at $(date -u +%H:%M) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

node - "$work" "$mem_dd" "$mem_du" "$runs" <<'EOF'
const [work, memDd, memDu, runs] = process.argv.slice(2);
const fs = require("fs");
// Each command's runs from rounds 1..N (round 0 was the warm-up), in the order bench() named them.
const read = (n) => {
  const byName = new Map();
  for (let round = 1; round <= Number(runs); round++) {
    for (const r of JSON.parse(fs.readFileSync(`${work}/${n}-${round}.json`, "utf8")).results) {
      if (!byName.has(r.command)) byName.set(r.command, []);
      byName.get(r.command).push(r);
    }
  }
  const first = JSON.parse(fs.readFileSync(`${work}/${n}-0.json`, "utf8")).results.map((r) => r.command);
  return first.map((command) => {
    const rs = byName.get(command);
    const times = rs.map((r) => r.times[0]).sort((a, b) => a - b);
    const mid = times.length >> 1;
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    const sq = times.reduce((a, b) => a + (b - mean) ** 2, 0);
    return {
      command,
      median: times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2,
      mean,
      stddev: times.length > 1 ? Math.sqrt(sq / (times.length - 1)) : 0,
      user: rs.reduce((a, r) => a + r.user, 0) / rs.length,
      system: rs.reduce((a, r) => a + r.system, 0) / rs.length,
    };
  });
};
const ms = (s) => (s * 1000).toFixed(0) + " ms";
const row = (label, a, b, unit) => `| ${label} | ${unit(a)} | ${unit(b)} | ${(a / b).toFixed(2)}× |`;
const [one, oneDu] = read("one");
const [many, manyDu] = read("many");
const mib = (kb) => (kb / 1024).toFixed(0) + " MiB";
console.log("| | dockerdsl lint (text) | dockerfile-utils | ratio |");
console.log("|---|---:|---:|---:|");
console.log(row("1,000 files, wall (median)", many.median, manyDu.median, ms));
console.log(row("1,000 files, CPU (user + system, mean)", many.user + many.system, manyDu.user + manyDu.system, ms));
console.log(row("1,000 files, peak memory (median of 3)", Number(memDd), Number(memDu), mib));
console.log(row("one file, wall (median)", one.median, oneDu.median, ms));
console.log(row("one file, CPU (user + system, mean)", one.user + one.system, oneDu.user + oneDu.system, ms));
console.log("");
console.log("| 1,000 files | wall (median) | mean ± σ | user + system CPU | vs text |");
console.log("|---|---:|---:|---:|---:|");
const formats = read("formats");
for (const f of formats) {
  console.log(`| ${f.command} | ${ms(f.median)} | ${ms(f.mean)} ± ${ms(f.stddev)} | ${ms(f.user + f.system)} | ${(f.median / formats[0].median).toFixed(2)}× |`);
}
EOF
