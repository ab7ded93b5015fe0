#!/usr/bin/env bash
# Sequential rpc calls/s into one erl node from: an erl_interface C-node (the anchor), another erl
# node, and our C# node; then our node with 32 threads and with 32 async loops, all in one run
# against the same erl node. Everything runs on loopback with a private epmd.
# Usage: bench/erlang/bench.sh [SECONDS]   (default 3 per measurement)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seconds="${1:-3}"
work="$(mktemp -d)"
cookie="bench$RANDOM$RANDOM"
port=$((20000 + RANDOM % 20000))
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

export ERL_EPMD_PORT=$port
epmd -port "$port" -address 127.0.0.1 & pids+=($!)
sleep 0.3

ei_dir="$(ls -d /usr/lib/erlang/lib/erl_interface-* | head -n1)"
cc -O2 -o "$work/ei_bench" "$here/ei_bench.c" -I"$ei_dir/include" -L"$ei_dir/lib" -lei -lpthread
erlc -o "$work" "$here/bench_client.erl"
dotnet build "$here/ErlangBench" -c Release -o "$work/cs" -v quiet -nologo >/dev/null

server="benchsrv@127.0.0.1"
erl -noshell -name "$server" -setcookie "$cookie" -kernel inet_dist_use_interface '{127,0,0,1}' >/dev/null 2>&1 & pids+=($!)
until epmd -port "$port" -names 2>/dev/null | grep -q benchsrv; do sleep 0.1; done

ei=$("$work/ei_bench" "$server" "$cookie" "$seconds")
erl_rate=$(erl -noshell -name "benchcli@127.0.0.1" -setcookie "$cookie" -pa "$work" \
    -kernel inet_dist_use_interface '{127,0,0,1}' -run bench_client run "$server" "$seconds")
cs_out=$("$work/cs/ErlangBench" "$server" "$cookie" "$port" "$seconds")
field() { echo "$cs_out" | awk -v m="$1" -v f="$2" '$1 == m {print $f}'; }
cs_seq=$(field sequential 2)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '%-26s %9s %8s %12s %s\n' "rpc erlang:abs(-5)" "calls/s" "vs ei" "vs our seq" "our CPU us/call"
printf '%-26s %9s %8s\n' "ei C-node (anchor)" "$ei" "1.00"
printf '%-26s %9s %8s\n' "erl -> erl" "$erl_rate" "$(ratio "$erl_rate" "$ei")"
for mode in sequential threads32 async32; do
    rate=$(field "$mode" 2)
    printf '%-26s %9s %8s %12s %s\n' "IronUwsgi $mode" "$rate" "$(ratio "$rate" "$ei")" "$(ratio "$rate" "$cs_seq")" "$(field "$mode" 4)"
done
