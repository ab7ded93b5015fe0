#!/bin/sh
# Parse benchmark: our tokenizer+parser against CPython's ast.parse over the same stdlib files,
# both warm, best of N rounds, in the same run. Usage: bench/parse/run.sh [rounds]
set -e
cd "$(dirname "$0")"
rounds=${1:-5}
stdlib=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
dotnet build -c Release -v q --nologo >/dev/null
ours=$(dotnet bin/Release/net10.0/IronUwsgi.Bench.Parse "$stdlib" "$rounds")
theirs=$(python3 cpython_parse.py "$stdlib" "$rounds")
echo "IronUwsgi: $ours"
echo "CPython:   $theirs"
python3 -c "
import sys
o = float(sys.argv[1].rsplit('best=', 1)[1].rstrip('s'))
c = float(sys.argv[2].rsplit('best=', 1)[1].rstrip('s'))
print(f'ratio (ours / CPython): {o / c:.2f}x')" "$ours" "$theirs"
