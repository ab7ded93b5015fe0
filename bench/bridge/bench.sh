#!/usr/bin/env bash
# Requests/s through nginx of pyapps/erhello.py (connect, rpc, close per request) and of a variant
# keeping one handle per worker, with -p 2 (one HTTP worker, one stolen), next to the sequential rpc
# rate of an ei C-node against the same erl node, all in one run on loopback with a private epmd.
# Usage: bench/bridge/bench.sh [SECONDS]   (default 5 per measurement; needs wrk, nginx, erl, cc)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-5}"
work="$(mktemp -d)"
cookie="bench$RANDOM$RANDOM"
port=$((20000 + RANDOM % 10000))
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; sleep 0.3; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

export ERL_EPMD_PORT=$port
epmd -port "$port" -address 127.0.0.1 & pids+=($!)
sleep 0.3

ei_dir="$(ls -d /usr/lib/erlang/lib/erl_interface-* | head -n1)"
cc -O2 -o "$work/ei_bench" "$root/bench/erlang/ei_bench.c" -I"$ei_dir/include" -L"$ei_dir/lib" -lei -lpthread
erlc -o "$work" "$root/erlang/uwsgitest.erl"
dotnet build "$root/src/Server" -c Release -o "$work/server" -v quiet -nologo >/dev/null

erlnode="benchsrv@127.0.0.1"
erl -noshell -name "$erlnode" -setcookie "$cookie" -pa "$work" -kernel inet_dist_use_interface '{127,0,0,1}' >/dev/null 2>&1 & pids+=($!)
until epmd -port "$port" -names 2>/dev/null | grep -q benchsrv; do sleep 0.1; done
sed "s/testnode@192.168.173.1/$erlnode/" "$root/pyapps/erhello.py" > "$work/erhello_bench.py"
sed "s/testnode@192.168.173.1/$erlnode/" "$here/erhello_keep.py" > "$work/erhello_keep_bench.py"

ei=$("$work/ei_bench" "$erlnode" "$cookie" "$seconds")

measure() {
    local app="$1" uport nport prefix rate
    uport=$(free_port); nport=$(free_port); prefix="$work/nginx-$uport"; mkdir -p "$prefix"
    cat > "$prefix/nginx.conf" <<CONF
daemon off; worker_processes 1; pid $prefix/nginx.pid; error_log $prefix/error.log warn;
events { worker_connections 1024; }
http { access_log off; client_body_temp_path $prefix/b; proxy_temp_path $prefix/p; fastcgi_temp_path $prefix/f;
  uwsgi_temp_path $prefix/u; scgi_temp_path $prefix/s;
  server { listen 127.0.0.1:$nport; location / { include /etc/nginx/uwsgi_params; uwsgi_pass 127.0.0.1:$uport; } } }
CONF
    dotnet "$work/server/ironuwsgi.dll" --socket "127.0.0.1:$uport" -p 2 --disable-logging \
        --erlang "bench$uport@127.0.0.1" --erlang-cookie "$cookie" --wsgi-file "$app" >"$prefix/server.log" 2>&1 &
    local server=$!; pids+=($server)
    /usr/sbin/nginx -p "$prefix" -c "$prefix/nginx.conf" & local nginx=$!; pids+=($nginx)
    until curl -sf "http://127.0.0.1:$nport/" >/dev/null; do sleep 0.2; done
    wrk -t1 -c4 -d1s "http://127.0.0.1:$nport/" >/dev/null
    rate=$(wrk -t2 -c8 -d"${seconds}s" "http://127.0.0.1:$nport/" | awk '/Requests\/sec/ {printf "%d", $2}')
    kill "$nginx" "$server"; wait "$nginx" "$server" 2>/dev/null || true
    echo "$rate"
}

per_request=$(measure "$work/erhello_bench.py")
kept=$(measure "$work/erhello_keep_bench.py")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '%-44s %9s %8s\n' "measurement" "per s" "vs ei"
printf '%-44s %9s %8s\n' "ei C-node sequential rpc (anchor)" "$ei" "1.00"
printf '%-44s %9s %8s\n' "erhello.py via nginx, connect+rpc+close" "$per_request" "$(ratio "$per_request" "$ei")"
printf '%-44s %9s %8s\n' "erhello, one kept handle per worker" "$kept" "$(ratio "$kept" "$ei")"
