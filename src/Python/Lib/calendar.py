"""Calendar arithmetic (this implementation's own module; the proleptic Gregorian calendar)."""
import time as _time

__all__ = ["isleap", "leapdays", "monthrange", "weekday", "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
day_name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
day_abbr = [d[:3] for d in day_name]
month_name = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
month_abbr = [m[:3] for m in month_name]
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return sum(mdays[1:month]) + (1 if month > 2 and isleap(year) else 0)


def weekday(year, month, day):
    return (_days_before_year(year) + _days_before_month(year, month) + day - 1) % 7


def monthrange(year, month):
    if not 1 <= month <= 12:
        raise ValueError("bad month number %r; must be 1-12" % month)
    return weekday(year, month, 1), mdays[month] + (month == 2 and isleap(year))


def timegm(t):
    year, month, day, hour, minute, second = t[:6]
    days = _days_before_year(year) - _days_before_year(1970) + _days_before_month(year, month) + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
