# timedelta: normalisation of int and float components, str/repr, arithmetic, rounding, errors.
from datetime import timedelta
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution), str(timedelta.max), str(timedelta.min))
for td in [timedelta(1.5), timedelta(seconds=0.5), timedelta(microseconds=-1), timedelta(milliseconds=-0.5), timedelta(microseconds=0.5),
           timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(days=-1.25, hours=3.3), timedelta(weeks=-2, seconds=1e-7),
           timedelta(minutes=0.1), timedelta(hours=1e-6), timedelta(days=2, seconds=-1), timedelta(hours=-25), timedelta(0, 0, 86400000001)]:
    print(repr(td), str(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
a = timedelta(hours=5, minutes=7, microseconds=13)
print(a * 2.5, a * -1, 3 * a, a / 3, a / 2.5, a // 7, a // timedelta(minutes=7), a % timedelta(minutes=7), divmod(a, timedelta(hours=2)))
print(a / timedelta(seconds=1), -a, +a, abs(-a), bool(timedelta(0)), bool(a), a == timedelta(hours=5, minutes=7, microseconds=13))
print(hash(a) == hash(timedelta(0, 18420, 13)), a != timedelta(0), a > timedelta(hours=5), a <= a, timedelta(1) == 1, timedelta(1) != "x")
print(timedelta(microseconds=1) / 3, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(days=1) * 0.1, timedelta(seconds=1) * (1 / 3))
print(sum([timedelta(hours=1), timedelta(minutes=30)], timedelta()), sorted([timedelta(1), timedelta(-1), timedelta(0)]), timedelta(weeks=52) // timedelta(days=1))
print(f"{timedelta(hours=36)}", "{}".format(timedelta(minutes=-1)), [str(timedelta(seconds=s)) for s in (0, 59, 3600, 86399, 86400, 172800)])
for bad in [lambda: timedelta(hours=1) / 0, lambda: timedelta(hours=1) / timedelta(0), lambda: timedelta(hours=1) // 0,
            lambda: timedelta(hours=1) % timedelta(0), lambda: timedelta(days=1e9), lambda: timedelta(days="1"),
            lambda: timedelta(days=float("inf")), lambda: timedelta(1) < 1, lambda: timedelta(1) + 1, lambda: timedelta(1) * "x",
            lambda: timedelta(seconds=1) * timedelta(1), lambda: timedelta.max + timedelta(1), lambda: -timedelta.max - timedelta(2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
