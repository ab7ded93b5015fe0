# datetime: copies, the current time (types and invariants only), local conversions, type names in messages.
import copy, datetime, time
d = datetime.datetime(2020, 5, 17, 10, 30, tzinfo=datetime.timezone.utc)
print(copy.copy(d), copy.deepcopy(d), copy.copy(datetime.timedelta(1)), copy.deepcopy(datetime.date(2020, 1, 1)), copy.copy(datetime.timezone(datetime.timedelta(hours=1), "X")))
n = datetime.datetime.now()
print(type(n).__name__, n.year >= 2024, datetime.date.today() == n.date() or True, datetime.datetime.utcnow().tzinfo, datetime.datetime.now(datetime.timezone.utc).tzinfo)
print(d.astimezone().tzinfo is not None, datetime.datetime(2020, 1, 1).astimezone().utcoffset() is not None, datetime.datetime.fromtimestamp(0).year)
print(type(time.localtime()).__name__, time.localtime(0).tm_year, datetime.datetime(2020, 1, 1).timestamp() - datetime.datetime(2019, 12, 31).timestamp())
print(datetime.datetime.min.replace(tzinfo=datetime.timezone.utc).isoformat(), datetime.datetime.__name__, datetime.date.__module__, repr(datetime.date), datetime.timedelta.__qualname__)
try:
    datetime.date(2020, 1, 1).foo
except AttributeError as e:
    print(e)
print(issubclass(datetime.datetime, datetime.date), isinstance(datetime.timezone.utc, datetime.tzinfo), datetime.datetime(2020, 1, 1) in {datetime.datetime(2020, 1, 1)})
