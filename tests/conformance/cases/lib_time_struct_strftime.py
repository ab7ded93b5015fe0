# time: gmtime, struct_time construction and repr, strftime on tuples, strptime, mktime, errors.
import time
t = time.gmtime(1234567890)
print(t, t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], tuple(t), t == tuple(t), t[2:5], t.n_fields, t.n_sequence_fields)
print(time.strftime("%Y-%m-%dT%H:%M:%S %a %A %b %B %j %U %W %w %u %V %G %g %C %y %e %k %l %p %P %c %x %X %D %F %r %R %T %h %%", t))
print(time.strftime("%-d %_d %05d %-j %10A %_10B %^p %#p %^a %#A %3S %-H %E %Ey %Od %Q %5%", t))
print(time.asctime(t), time.asctime((2020, 1, 1, 0, 0, 0, 2, 1, 0)), time.gmtime(0), time.gmtime(-86400.5), time.gmtime(253402300799))
p = time.strptime("2020-05-17 08:05:03", "%Y-%m-%d %H:%M:%S")
print(p, p.tm_zone, p.tm_gmtoff, time.strptime("Sun Jan 3 05:06:07 2021"), time.strptime("12 +0100", "%H %z").tm_gmtoff)
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, s.tm_yday, time.struct_time([1, 2, 3, 4, 5, 6, 0, 1, -1, "ABC", 7200]).tm_gmtoff, time.strftime("%a %j", (2020, 0, 0, 0, 0, 0, -1, 0, 5)))
print(type(time.monotonic_ns()), type(time.perf_counter_ns()), type(time.time_ns()), time.monotonic() >= 0, time.perf_counter() >= 0, isinstance(time.time(), float))
for bad in [lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime("%Y", (2020, 1, 32, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime("%Y", (2020, 1, 1, 24, 0, 0, 0, 1, 0)), lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 62, 0, 1, 0)),
            lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 367, 0)), lambda: time.strftime("%Y", (1, 2)), lambda: time.strftime("%Y", 5),
            lambda: time.strftime(5), lambda: time.struct_time((1, 2)), lambda: time.struct_time(5), lambda: time.struct_time(tuple(range(12))),
            lambda: time.gmtime(1e20), lambda: time.strptime("x", "%Y"), lambda: time.strptime(5), lambda: time.sleep(-1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
