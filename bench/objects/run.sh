#!/bin/sh
# Object-model micro-benchmarks: ns/op of our runtime operations next to CPython's timeit of the
# same Python operation, and their ratio (ours / CPython; below 1 is faster).
set -e
tmp=$(mktemp)
cd "$(dirname "$0")/../.."
dotnet build bench/objects/ObjectsBench -c Release -v quiet >/dev/null
dotnet bench/objects/ObjectsBench/bin/Release/net10.0/IronUwsgi.ObjectsBench.dll > "$tmp"
py() { python3 -m timeit -n 2000000 -s "$1" "$2" | sed -E 's/.*: ([0-9.]+) (nsec|usec).*/\1 \2/' | awk '{ print ($2 == "usec") ? $1 * 1000 : $1 }'; }
while read -r name ours; do
  case $name in
    dict_get_str) c=$(py "d={'key%d'%i:i for i in range(100)}; k='key'+'50'" "d[k]") ;;
    int_add) c=$(py "a=12345; b=67890" "a+b") ;;
    float_mul) c=$(py "a=1.5; b=2.5" "a*b") ;;
    int_lt) c=$(py "a=3; b=4" "a<b") ;;
    list_append) c=$(py "l=[]" "l.append(1)") ;;
    getattr_instance) c=$(py "class C: pass
o=C(); o.attr=1" "o.attr") ;;
    set_contains) c=$(py "s=set(range(100))" "50 in s") ;;
    str_split) c=$(py "" "'a b c d'.split()") ;;
    float_repr) c=$(py "x=0.1" "repr(x)") ;;
    format_f) c=$(py "x=3.14159" "format(x, '.2f')") ;;
  esac
  echo "$name ours=${ours}ns cpython=${c}ns ratio=$(echo "$ours $c" | awk '{ printf "%.2f", $1 / $2 }')"
done < "$tmp"
rm -f "$tmp"
