#!/usr/bin/env bash
# Client-side instructions per request, measured with callgrind, differentially: the client
# process runs N and 2N requests against a server in another process, and the difference of
# the two totals divided by N cancels start-up, connection set-up and warm-up.
#
#   bash bench/callgrind.sh [N]        (default N = 2000; needs valgrind)
#   PHALA_BENCH_SUBSCRIBER=1 bash bench/callgrind.sh [N]   (with a tracing subscriber at INFO)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
port=${PORT:-18090}
cargo build --release -q -p phala-api-bench
bin=target/release/phala-api-bench
"$bin" serve "$port" > /dev/null &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 0.5
out=$(mktemp -d)
total() { # kind count -> instructions
  valgrind --tool=callgrind --callgrind-out-file="$out/$1.$2" "$bin" client "$1" "$2" "http://127.0.0.1:$port" 2> "$out/$1.$2.log"
  grep -E '^(summary|totals):' "$out/$1.$2" | head -1 | awk '{print $2}'
}
printf '%-8s %14s\n' client 'instr/request'
for kind in ours reqwest hyper; do
  small=$(total "$kind" "$n")
  large=$(total "$kind" $((2 * n)))
  printf '%-8s %14d\n' "$kind" $(( (large - small) / n ))
done
