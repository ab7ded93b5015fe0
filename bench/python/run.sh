#!/usr/bin/env bash
# Runs each benchmark program under CPython (the anchor) and under `ironuwsgi --pyrun` in one
# run, best of N wall-clock times each, and prints the ratios and their geometric mean.
#   bench/python/run.sh [-n RUNS] [PROGRAM.py ...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=3
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
programs=("$@")
[ ${#programs[@]} -gt 0 ] || mapfile -t programs < <(cd "$here" && ls *.py | grep -v '^hello_world.py$')

dotnet build "$root/src/Server" -c Release --nologo -v quiet >/dev/null
ours="$root/src/Server/bin/Release/net10.0/ironuwsgi"

best_of() {  # best wall time in seconds of running "$@" $runs times; output must match across runs
    local best="" t0 t1 t
    for _ in $(seq "$runs"); do
        t0=$(date +%s.%N)
        "$@" >/dev/null
        t1=$(date +%s.%N)
        t=$(awk -v a="$t0" -v b="$t1" 'BEGIN{print b-a}')
        if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$t; fi
    done
    printf '%.3f' "$best"
}

cd "$here"
printf '%-18s %10s %10s %8s\n' program python3_s ours_s ratio
# The nine programs the engine's goal is stated on; the others (stdlib-heavy) are reported beside them.
extras=" regex_text.py stdlib_containers.py "
logsum=0
count=0
nine_logsum=0
nine_count=0
for p in "${programs[@]}"; do
    if ! diff <(python3 "$p") <("$ours" --pyrun "$p") >/dev/null; then
        printf '%-18s output differs from python3, not timed\n' "$p"
        continue
    fi
    a=$(best_of python3 "$p")
    b=$(best_of "$ours" --pyrun "$p")
    r=$(awk -v a="$a" -v b="$b" 'BEGIN{print b/a}')
    logsum=$(awk -v s="$logsum" -v r="$r" 'BEGIN{print s+log(r)}')
    count=$((count + 1))
    if [[ "$extras" != *" $p "* ]]; then
        nine_logsum=$(awk -v s="$nine_logsum" -v r="$r" 'BEGIN{print s+log(r)}')
        nine_count=$((nine_count + 1))
    fi
    printf '%-18s %10s %10s %8.2f\n' "$p" "$a" "$b" "$r"
done
if [ $nine_count -gt 0 ] && [ $nine_count -ne $count ]; then
    printf 'geometric mean of ratios (ours / python3): %.2f over the %d core programs\n' "$(awk -v s="$nine_logsum" -v c="$nine_count" 'BEGIN{print exp(s/c)}')" "$nine_count"
fi
if [ $count -gt 0 ]; then
    printf 'geometric mean of ratios (ours / python3): %.2f over %d programs\n' "$(awk -v s="$logsum" -v c="$count" 'BEGIN{print exp(s/c)}')" "$count"
fi
printf 'hello world wall: python3 %ss, ours %ss\n' "$(best_of python3 hello_world.py)" "$(best_of "$ours" --pyrun hello_world.py)"
