# Aware datetimes: timezone objects, custom tzinfo, astimezone, naive/aware rules, timestamps.
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC
print(UTC, repr(UTC), timezone.min, timezone.max, repr(timezone.max), timezone.utc is UTC, timezone(timedelta(0)) is UTC)
print(timezone(timedelta(seconds=5430)), timezone(timedelta(seconds=-1, microseconds=1)), repr(timezone(timedelta(0))), timezone(timedelta(0), "Z"))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"), repr(timezone(timedelta(hours=-5), "EST")), hash(timezone(timedelta(hours=2))) == hash(timedelta(hours=2)))
aw = datetime(2021, 6, 1, 12, 30, tzinfo=timezone(timedelta(hours=-3, minutes=-30), "NST"))
print(aw, repr(aw), aw.utcoffset(), aw.dst(), aw.tzname(), aw.timetuple(), aw.utctimetuple())
print(aw.astimezone(timezone.utc), aw.astimezone(timezone(timedelta(hours=9))), aw.timestamp(), aw == aw.astimezone(timezone.utc), hash(aw) == hash(aw.astimezone(timezone.utc)))
print(aw - datetime(2021, 6, 1, tzinfo=timezone.utc), aw.isoformat(timespec="minutes"), aw.isoformat("_", "hours"), aw.isoformat(timespec="milliseconds"))
print(datetime(2020, 1, 1, 0, 0, 0, 1500).isoformat(timespec="milliseconds"), datetime(2020, 1, 1, 0, 0, 0, 1500).isoformat(), datetime(2020, 1, 1, 5).isoformat(timespec="hours"))
print(datetime.combine(date(2020, 1, 1), time(1, 2, tzinfo=timezone.utc)), datetime.combine(date(2020, 1, 1), time(1, 2), tzinfo=timezone.utc).tzinfo)
print(datetime.utcfromtimestamp(1e9), datetime.utcfromtimestamp(-1.5), datetime.utcfromtimestamp(0.0000005), datetime.fromtimestamp(1234567890.123456, timezone.utc))
print(datetime.fromtimestamp(1.9999999, UTC), datetime.fromtimestamp(-86400 * 365.25 * 30, UTC), datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC).timestamp())
print(len({datetime(2020, 1, 1, tzinfo=timezone.utc), datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=1)))}), datetime(2020, 1, 1, tzinfo=UTC) < datetime(2020, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=1))))
class EST(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return "EST"
    def __repr__(self):
        return "EST()"
e = datetime(2020, 1, 1, 12, tzinfo=EST())
print(e, repr(e), e.astimezone(timezone.utc), datetime(2020, 1, 1, 17, tzinfo=timezone.utc).astimezone(EST()), e.tzname(), e.strftime("%Z%z"), e.timetz())
class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
class Far(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=30)
for bad in [lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc), lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc),
            lambda: datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=timezone.utc), lambda: time(1) < time(1, tzinfo=timezone.utc),
            lambda: timezone(1), lambda: timezone(timedelta(hours=24)), lambda: timezone(timedelta(hours=2), 3), lambda: timezone.utc.utcoffset(1),
            lambda: tzinfo().utcoffset(None), lambda: tzinfo().tzname(None), lambda: datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(1),
            lambda: timezone.utc.fromutc(datetime(2020, 1, 1)), lambda: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset(),
            lambda: datetime(2020, 1, 1, tzinfo=Far()).isoformat(), lambda: datetime(2020, 1, 1).isoformat(timespec="x")]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
