#!/usr/bin/env bash
# Runs the shared conformance corpus, and our own cases beside this script (cases/, outputs
# recorded from CPython 3.11 with the corpus's regen.sh), against `ironuwsgi --pyrun` and
# compares the failures with known-failures.txt: a case failing that is not listed fails the check, and so does a listed
# case that now passes (it must leave the list).
#   tests/conformance/check.sh IRONUWSGI [CASES_DIR]
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ours=$1
corpus=${2:-$here/../../../shared/conformance}
if [ ! -x "$corpus/run.sh" ]; then
    echo "conformance: no corpus at $corpus, nothing to check"
    exit 0
fi

out=$(mktemp)
shared_out=$(mktemp)
own_out=$(mktemp)
trap 'rm -f "$out" "$shared_out" "$own_out"' EXIT
bash "$corpus/run.sh" --timeout 20 -- "$ours" --pyrun >"$shared_out" 2>&1
bash "$corpus/run.sh" --cases "$here/cases" --timeout 20 -- "$ours" --pyrun >"$own_out" 2>&1
cat "$shared_out" "$own_out" >"$out"
summary=$(tail -n 1 "$shared_out")
own_summary=$(tail -n 1 "$own_out")

failing=$(grep -E '^(FAIL|TIMEOUT|CRASH) ' "$out" | awk '{ n = $2; sub(/:$/, "", n); print n }' | sort -u)
known=$(grep -v -E '^\s*(#|$)' "$here/known-failures.txt" | awk '{ print $1 }' | sort -u)

new_failures=$(comm -23 <(printf '%s\n' "$failing" | sed '/^$/d') <(printf '%s\n' "$known" | sed '/^$/d'))
now_passing=$(comm -13 <(printf '%s\n' "$failing" | sed '/^$/d') <(printf '%s\n' "$known" | sed '/^$/d'))

passed=$(printf '%s' "$summary" | awk '{ print $1 }')
total=$(printf '%s' "$summary" | awk '{ print $1 + $3 }')
echo "conformance: $passed of $total shared cases and $(printf '%s' "$own_summary" | awk '{ print $1 " of " $1 + $3 }') own cases match CPython; $(printf '%s\n' "$known" | sed '/^$/d' | wc -l) known failures are listed"
status=0
if [ -n "$new_failures" ]; then
    echo "conformance: these cases fail and are not in known-failures.txt:"
    awk -v list="$new_failures" 'BEGIN { n = split(list, a, "\n"); for (i = 1; i <= n; i++) want[a[i]] = 1 }
        { name = $2; sub(/:$/, "", name); if (name in want) print "  " $0 }' "$out"
    status=1
fi
if [ -n "$now_passing" ]; then
    echo "conformance: these listed cases pass now; remove them from known-failures.txt:"
    printf '  %s\n' $now_passing
    status=1
fi
exit $status
