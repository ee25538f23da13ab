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

# Each pair runs in one hyperfine call, so both sides see the same load. -i: lint exits 1 on findings.
bench() { # name, then hyperfine arguments
  local name="$1"; shift
  hyperfine -N -i --style basic --warmup 1 --runs "$runs" --export-json "$work/$name.json" "$@" >&2
}
bench one -n "dockerdsl lint, 1 file" "$dd $one" -n "dockerfile-utils, 1 file" "$du $one"
bench many -n "dockerdsl lint, 1000 files" "$dd $all" -n "dockerfile-utils, 1000 files" "$du $all"
bench formats -n "text" "$dd $all" -n "json" "$dd --format json $all" -n "sarif" "$dd --format sarif $all"

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

node - "$work" "$mem_dd" "$mem_du" <<'EOF'
const [work, memDd, memDu] = process.argv.slice(2);
const fs = require("fs");
const read = (n) => JSON.parse(fs.readFileSync(`${work}/${n}.json`, "utf8")).results;
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
