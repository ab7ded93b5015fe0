#!/usr/bin/env bash
# The project's one test command: installs what the tests need (Debian, as root), then
# runs every test project of the solution.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

need=()
command -v erl >/dev/null 2>&1 || need+=(erlang-base)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "test.sh: installing ${need[*]}"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    else
        echo "test.sh: please install ${need[*]} (Debian/Ubuntu package names), then run again" >&2
        exit 1
    fi
fi

dotnet build IronUwsgi.sln -c Release --nologo -v quiet
dotnet test IronUwsgi.sln -c Release --no-build --nologo -v quiet "$@"
