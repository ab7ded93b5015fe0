#!/usr/bin/env bash
# Requests/s of WSGI servers serving the same hello-world app with the same -p: wrk through nginx
# (uwsgi_pass, stock uwsgi_params) and wrk straight to each server's --http-socket, in one run.
# Debian's uWSGI (uwsgi + uwsgi-plugin-python3) is the anchor; every figure is also printed as a
# ratio to the anchor measured in the same run. Memory is the RSS of each server's process tree.
#
# To benchmark another server, add one line to server_command() and its name to SERVERS.
# "ironuwsgi" is the built server running the app in its own Python engine (one per worker, all in
# one process, so its memory per worker is the process RSS divided by -p).
# "ironuwsgi-host" is ironuwsgi's server layer (sockets, protocols, workers) answering from a C#
# handler (HostBench/), which shows what the server costs before any Python runs.
# Last, ironuwsgi's idle RSS with -p 1 and -p 4 gives what each engine after the first costs.
#
# Environment: DURATION (10s), CONNECTIONS (64), WRK_THREADS (2), PROCESSES (2),
# SERVERS ("uwsgi ironuwsgi ironuwsgi-host"; the first one is the anchor), BACKEND_PORT (18031),
# FRONT_PORT (18080).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
WRK_THREADS=${WRK_THREADS:-2}
PROCESSES=${PROCESSES:-2}
read -r -a SERVERS <<< "${SERVERS:-uwsgi ironuwsgi ironuwsgi-host}"
APP="$here/hello.py"
NGINX=/usr/sbin/nginx

need=()
command -v uwsgi >/dev/null 2>&1 || need+=(uwsgi)
[ -e /usr/lib/uwsgi/plugins/python3_plugin.so ] || need+=(uwsgi-plugin-python3)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
[ -x "$NGINX" ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing ${need[*]}"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    else
        echo "please install ${need[*]} (Debian package names)" >&2
        exit 1
    fi
fi

# $1 = server name, $2 = "--socket" or "--http-socket", $3 = address: prints the command line.
server_command() {
    case "$1" in
        uwsgi) echo "uwsgi --plugin python3 --master --disable-logging -p $PROCESSES $2 $3 --wsgi-file $APP" ;;
        ironuwsgi) echo "dotnet $root/src/Server/bin/Release/net10.0/ironuwsgi.dll --master --disable-logging -p $PROCESSES $2 $3 --wsgi-file $APP" ;;
        ironuwsgi-host) echo "dotnet $here/HostBench/bin/Release/net10.0/IronUwsgi.HostBench.dll --master --disable-logging -p $PROCESSES $2 $3" ;;
        *) echo "unknown server $1" >&2; return 1 ;;
    esac
}

if [[ " ${SERVERS[*]} " == *" ironuwsgi "* ]]; then
    dotnet build "$root/src/Server" -c Release --nologo -v quiet > /dev/null
fi
if [[ " ${SERVERS[*]} " == *" ironuwsgi-host "* ]]; then
    dotnet build "$here/HostBench" -c Release --nologo -v quiet > /dev/null
fi

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    sleep 0.5
    for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

wait_port() {
    for _ in $(seq 1 200); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.05
    done
    echo "nothing listens on port $1" >&2
    return 1
}

# CPU time (clock ticks) used so far by the process group of $1: user + system.
tree_cpu_ticks() {
    local total=0 pid
    for pid in $(pgrep -g "$(ps -o pgid= "$1" | tr -d ' ')" 2>/dev/null || echo "$1"); do
        total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}

tree_rss_kb() {
    local total=0 pid
    for pid in $(pgrep -g "$(ps -o pgid= "$1" | tr -d ' ')" 2>/dev/null || echo "$1"); do
        total=$((total + $(ps -o rss= "$pid" 2>/dev/null || echo 0)))
    done
    echo "$total"
}

start_nginx() {
    mkdir -p "$work/nginx"
    cat > "$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    server {
        listen 127.0.0.1:$1;
        location / { include /etc/nginx/uwsgi_params; uwsgi_pass 127.0.0.1:$2; }
    }
}
CONF
    "$NGINX" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
    pids+=($!)
    wait_port "$1"
}

# $1 = URL: prints requests/s.
measure() {
    wrk -t "$WRK_THREADS" -c "$CONNECTIONS" -d "$DURATION" "$1" > "$work/wrk.txt"
    if grep -q "Non-2xx" "$work/wrk.txt"; then
        echo "non-2xx answers from $1" >&2
        cat "$work/wrk.txt" >&2
    fi
    awk '/Requests\/sec/ {print $2}' "$work/wrk.txt"
}

run_one() {
    local name=$1 mode=$2 backend=${BACKEND_PORT:-18031} front=${FRONT_PORT:-18080} url rps rss
    if [ "$mode" = nginx ]; then
        setsid $(server_command "$name" --socket "127.0.0.1:$backend") > "$work/$name.log" 2>&1 &
        pids+=($!)
        local server=$!
        wait_port "$backend"
        start_nginx "$front" "$backend"
        url="http://127.0.0.1:$front/"
    else
        setsid $(server_command "$name" --http-socket "127.0.0.1:$backend") > "$work/$name.log" 2>&1 &
        pids+=($!)
        local server=$!
        wait_port "$backend"
        url="http://127.0.0.1:$backend/"
    fi
    curl -sf "$url" > /dev/null
    local before after
    before=$(tree_cpu_ticks "$server")
    rps=$(measure "$url")
    after=$(tree_cpu_ticks "$server")
    rss=$(tree_rss_kb "$server")
    cleanup_run
    echo "$rps $rss $((after - before))"
}

cleanup_run() {
    for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; done
    sleep 1
    for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; done
    pids=()
}

printf 'wrk -t%s -c%s -d%s, -p %s, app %s\n' "$WRK_THREADS" "$CONNECTIONS" "$DURATION" "$PROCESSES" "$(basename "$APP")"
# requests/s moves with the machine's load; the server's CPU time per request much less so.
ticks=$(getconf CLK_TCK)
seconds=${DURATION%s}
printf '%-16s %-6s %12s %8s %14s %10s\n' server via requests/s ratio "cpu us/request" "rss MB/wk"
for mode in nginx http; do
    anchor=""
    for name in "${SERVERS[@]}"; do
        read -r rps rss cpu < <(run_one "$name" "$mode")
        [ -n "$anchor" ] || anchor=$rps
        printf '%-16s %-6s %12.0f %8.2f %14.1f %10.1f\n' "$name" "$mode" "$rps" "$(echo "$rps / $anchor" | bc -l)" \
            "$(echo "$cpu * 1000000 / $ticks / ($rps * $seconds)" | bc -l)" "$(echo "$rss / 1024 / $PROCESSES" | bc -l)"
    done
done

# What one more engine costs: idle RSS after one request with -p 1 and with -p 4 (one process either way).
if [[ " ${SERVERS[*]} " == *" ironuwsgi "* ]]; then
    idle_rss() {
        local backend=${BACKEND_PORT:-18031} server
        setsid dotnet "$root/src/Server/bin/Release/net10.0/ironuwsgi.dll" --disable-logging -p "$1" --http-socket "127.0.0.1:$backend" --wsgi-file "$APP" > "$work/idle.log" 2>&1 &
        server=$!
        pids+=("$server")
        wait_port "$backend"
        for _ in $(seq 1 "$1"); do curl -sf "http://127.0.0.1:$backend/" > /dev/null; done
        sleep 1
        tree_rss_kb "$server"
        cleanup_run
    }
    one=$(idle_rss 1)
    four=$(idle_rss 4)
    printf 'ironuwsgi idle rss: -p 1 %.1f MB, -p 4 %.1f MB, each engine after the first %.1f MB\n' \
        "$(echo "$one / 1024" | bc -l)" "$(echo "$four / 1024" | bc -l)" "$(echo "($four - $one) / 3 / 1024" | bc -l)"
fi
