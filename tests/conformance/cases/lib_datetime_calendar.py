# date and time: ordinals, ISO calendar, isoformat parsing (3.11 forms), reprs, replace, subclasses.
from datetime import date, datetime, time, timedelta, timezone, MINYEAR, MAXYEAR
print(MINYEAR, MAXYEAR, repr(date.min), repr(date.max), repr(datetime.min), repr(datetime.max), repr(time.min), repr(time.max))
d = date(2020, 5, 17)
print(d.isocalendar(), d.isocalendar().week, d.isocalendar()[0], tuple(d.isocalendar()), d.ctime(), d.timetuple())
print([date(y, 1, 1).isocalendar() for y in (2015, 2016, 2020, 2021, 2026)], date(2020, 12, 31).isocalendar(), date(2024, 12, 30).isocalendar())
print(date.fromisocalendar(2020, 53, 5), date.fromisocalendar(2021, 1, 1), date.fromisoformat("2021-W05-3"), date.fromisoformat("2021W053"), date.fromisoformat("20210203"))
print(date.fromordinal(1), date.fromordinal(3652059), date(2000, 2, 29).toordinal(), date(1, 1, 1).weekday(), date(9999, 12, 31).isoweekday())
print([date(2024, m, 1).weekday() for m in range(1, 13)], [(date(2024, m % 12 + 1, 1) - timedelta(1)).day for m in range(1, 13)])
print(datetime.fromisoformat("2011-11-04T00:05:23.283+00:00"), datetime.fromisoformat("2011-11-04 00:05:23.283"), datetime.fromisoformat("20111104T000523"))
print(datetime.fromisoformat("2011-W01-2T00:05:23.283"), datetime.fromisoformat("2011-11-04T00:05:23Z"), datetime.fromisoformat("2011-11-04T00:05:23-0330"))
print(datetime.fromisoformat("2011-11-04T00:05:23.5+01:02:03.5"), datetime.fromisoformat("2011-11-04T10"), datetime.fromisoformat("2011-11-04T10:20:30,25"))
print(time.fromisoformat("04:23:01.000384"), time.fromisoformat("04:23:01+04:00"), time.fromisoformat("T042301"), time.fromisoformat("04:23"), time.fromisoformat("04"))
for s in ["2011-11-04T00:05:23.2830+00:00x", "2020-13-01", "2020-1-1", "", "2020-01-01T", "2020-01-01T25:00", "abc", "2020-02-30",
          "2020-01-01T10:00:00+25:00", "2020-01-01T1", "2020-W54"]:
    try:
        print(datetime.fromisoformat(s))
    except ValueError as e:
        print("ValueError:", e)
t = time(14, 5, 6, 7000, tzinfo=timezone(timedelta(hours=1)))
print(t, repr(t), t.isoformat("milliseconds"), t.utcoffset(), t.tzname(), format(t, "%H"), f"{t}", t.replace(hour=1, tzinfo=None))
print(time(1, fold=1), repr(time(1, fold=1)), repr(time(1, 2, 3)), repr(time(1, 2, 0, 5)), time(1) == time(1, tzinfo=timezone.utc), hash(time(5)) == hash(time(5)))
print(d.replace(month=2, day=29), datetime(2020, 1, 31, 10).replace(month=4, day=30, hour=0), date(2020, 1, 1) - date(2019, 1, 1), date(2020, 1, 1) + timedelta(hours=47))
print(datetime(2020, 3, 1) - timedelta(days=1), datetime(2020, 3, 1) - datetime(2019, 3, 1), datetime(1, 1, 1) + timedelta(microseconds=1))
print(sorted([datetime(2020, 1, 2), datetime(2019, 5, 5), datetime(2020, 1, 1, 23)]), max(time(1), time(3), time(2)), min(date(2020, 1, 1), date(2019, 1, 1)))
print({date(2020, 1, 1): 1}[date(2020, 1, 1)], date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) != date(2020, 1, 1), date(2020, 1, 1) in [datetime(2020, 1, 1)])
class MyDate(date):
    def tomorrow(self):
        return self + timedelta(1)
md = MyDate(2020, 2, 28)
print(md, repr(md), type(md.tomorrow()).__name__, md.tomorrow(), type(md.replace(day=1)).__name__, type(MyDate.fromordinal(5)).__name__, isinstance(md, date))
class Stamp(datetime):
    pass
s = Stamp(2020, 1, 1, 12)
print(repr(s), type(s + timedelta(1)).__name__, type(Stamp.fromisoformat("2020-01-01")).__name__, type(Stamp.combine(d, time(1))).__name__)
for bad in [lambda: datetime(2020, 1, 1, 25), lambda: datetime(2020, 1, 1, 1, 60), lambda: time(1, 1, 60), lambda: time(0, 0, 0, 10**6),
            lambda: time(fold=2), lambda: date(10000, 1, 1), lambda: date(0, 1, 1), lambda: date(2021, 2, 29), lambda: date(1.5, 1, 1),
            lambda: date("2020", 1, 1), lambda: datetime(2020, 1, 1) + 1, lambda: date(2020, 1, 1) - datetime(2020, 1, 1),
            lambda: date(2020, 1, 1) < datetime(2020, 1, 1), lambda: datetime(2020, 1, 1) >= date(2020, 1, 1), lambda: date(2020, 1, 1) < 5,
            lambda: datetime.combine(1, time()), lambda: date.fromisoformat(20200101), lambda: date.fromordinal(0),
            lambda: date.max + timedelta(1), lambda: datetime.min - timedelta(microseconds=1), lambda: date.fromisocalendar(2020, 54, 1),
            lambda: date.fromisocalendar(2020, 5, 8), lambda: time(1, tzinfo=1), lambda: date(2020, 1, 1).replace(month=13)]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
