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
status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test IronUwsgi.sln -c Release --no-build --nologo -v quiet "$@" | tee "$log" || status=1

# The shared conformance corpus sits beside the checkout when it is there (CI has it).
tests/conformance/check.sh src/Server/bin/Release/net10.0/ironuwsgi ../shared/conformance || status=1
# One closing line for the whole run, summed over the test projects.
awk '/^(Passed|Failed)! / { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1) } }
     END { printf "Tests: %d passed, %d failed\n", p, f }' "$log"
exit $status
