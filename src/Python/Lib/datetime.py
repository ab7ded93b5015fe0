"""Concrete date/time and related types, with CPython's behaviour, reprs and messages."""

import time as _time
import math as _math
from _typeinfo import set_c_name as _set_c_name

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_US_PER_DAY = 86400 * 1000000
_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# Calendar arithmetic on the proleptic Gregorian calendar (day 1 is 0001-01-01).

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    return year, month, n - preceding + 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _type_name(obj):
    # CPython's C types are named "datetime.X" in reprs and messages; subclasses by their own name.
    cls = type(obj)
    if cls in _BUILTIN_TYPES:
        return "datetime." + cls.__name__
    return cls.__name__


def _as_int(value):
    if type(value) is int:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None
    return method(value)


def _check_date_fields(year, month, day):
    year = _as_int(year)
    month = _as_int(month)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _as_int(hour)
    minute = _as_int(minute)
    second = _as_int(second)
    microsecond = _as_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _check_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24).")
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
    return name


def _divide_and_round(a, b):
    # Round half to even, as CPython does for timedelta multiplication and division.
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or (r == b and q % 2 == 1):
        q += 1
    return q


def _format_offset(off, sep=":"):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    seconds, us = divmod(off._to_microseconds(), 1000000)
    mm, ss = divmod(seconds, 60)
    hh, mm = divmod(mm, 60)
    text = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        text += "%s%02d" % (sep, ss)
        if us:
            text += ".%06d" % us
    return text


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _wrap_strftime(obj, fmt, timetuple):
    # %z, %Z and %f depend on the object; everything else is the C library's strftime.
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    parts = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i == n:
            parts.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == "f":
            parts.append("%06d" % getattr(obj, "microsecond", 0))
        elif ch == "z":
            offset = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            parts.append(_format_offset(offset, "") if offset is not None else "")
        elif ch == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            parts.append(name.replace("%", "%%") if name else "")
        else:
            parts.append("%" + ch)
    return _time.strftime("".join(parts), timetuple)


def _copy(obj):
    # The types are immutable: a copy of one of ours is itself; subclasses rebuild from __reduce__.
    if type(obj) in _BUILTIN_TYPES:
        return obj
    cls, args, *rest = obj.__reduce__()
    result = cls(*args)
    if rest and rest[0]:
        result.__dict__.update(rest[0])
    return result


# Pickles hold dates and times as CPython's C module packs them: big-endian year, then one byte per field, the
# microseconds in three; bit 7 of the month (datetime) or hour (time) carries fold from protocol 4 on.
def _is_state(value, size, index, low, high):
    return (isinstance(value, (bytes, str)) and len(value) == size
            and low <= ord(value[index:index + 1]) & 0x7F <= high)


def _state_bytes(state):
    if isinstance(state, str):
        try:
            return state.encode("latin1")
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a date or datetime object. "
                             "pickle.load(data, encoding='latin1') is assumed.") from None
    return state


def _missing(name, position):
    return TypeError(f"function missing required argument '{name}' (pos {position})")


def _date_state(d):
    return bytes([d._year >> 8, d._year & 0xFF, d._month, d._day])


def _time_state(t, fold):
    us = t._microsecond
    return bytes([t._hour + (128 if fold else 0), t._minute, t._second, us >> 16, (us >> 8) & 0xFF, us & 0xFF])


def _check_format_arg(fmt):
    if not isinstance(fmt, str):
        raise TypeError(f"must be str, not {type(fmt).__name__}")


# ISO 8601 parsing, with Python 3.11's accepted forms.

def _is_digits(text):
    return len(text) > 0 and all("0" <= c <= "9" for c in text)


def _parse_iso_date(text):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]
    if len(text) < 7 or not _is_digits(text[:4]):
        raise ValueError
    year = int(text[:4])
    rest = text[4:]
    extended = rest[:1] == "-"
    if extended:
        rest = rest[1:]
    if rest[:1] == "W":
        rest = rest[1:]
        if len(rest) < 2 or not _is_digits(rest[:2]):
            raise ValueError
        week = int(rest[:2])
        rest = rest[2:]
        day = 1
        if rest:
            if extended:
                if rest[:1] != "-":
                    raise ValueError
                rest = rest[1:]
            if len(rest) != 1 or not _is_digits(rest):
                raise ValueError
            day = int(rest)
        return _isocalendar_to_ymd(year, week, day)
    if extended:
        if len(rest) != 5 or rest[2] != "-" or not _is_digits(rest[:2]) or not _is_digits(rest[3:]):
            raise ValueError
        return year, int(rest[:2]), int(rest[3:])
    if len(rest) != 4 or not _is_digits(rest):
        raise ValueError
    return year, int(rest[:2]), int(rest[2:])


def _date_length(text):
    # Where the date part of an ISO datetime string ends.
    if len(text) >= 8 and text[4] != "-" and text[4] != "W":
        return 8
    if "W" in text[4:6]:
        extended = text[4] == "-"
        length = 8 if extended else 7
        if len(text) > length and (text[length] == "-" if extended else _is_digits(text[length])):
            length += 2 if extended else 1
        return length
    return 10


def _parse_iso_time(text):
    # HH[:MM[:SS[.fff[fff]]]] or the basic form HH[MM[SS[.ffffff]]], then an optional UTC offset
    # (returned as a timedelta, made a timezone by the caller so that its range error shows).
    tz = None
    cut = len(text)
    for i, c in enumerate(text):
        if c in "+-Z":
            cut = i
            break
    tzpart = text[cut:]
    text = text[:cut]
    if tzpart:
        if tzpart == "Z":
            tz = timedelta(0)
        else:
            sign = -1 if tzpart[0] == "-" else 1
            hh, mm, ss, us = _parse_hms(tzpart[1:])
            tz = sign * timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    hh, mm, ss, us = _parse_hms(text)
    return hh, mm, ss, us, tz


def _tz_from_offset(offset):
    if offset is None:
        return None
    return timezone.utc if not offset else timezone(offset)


def _parse_hms(text):
    fields = [0, 0, 0]
    pos = 0
    extended = len(text) > 2 and text[2] == ":"
    for index in range(3):
        if len(text) - pos < 2 or not _is_digits(text[pos:pos + 2]):
            raise ValueError
        fields[index] = int(text[pos:pos + 2])
        pos += 2
        if pos == len(text) or text[pos] in ".,":
            break
        if extended:
            if text[pos] != ":":
                raise ValueError
            pos += 1
    us = 0
    if pos < len(text):
        if text[pos] not in ".," or index != 2:
            raise ValueError
        digits = text[pos + 1:]
        if not _is_digits(digits):
            raise ValueError
        us = int(digits[:6].ljust(6, "0"))
    return fields[0], fields[1], fields[2], us


def _isocalendar_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + (day - 1))


class timedelta:
    """Difference between two datetime values."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __copy__(self):
        return _copy(self)

    def __deepcopy__(self, memo):
        return _copy(self)

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int and type(weeks) is int):
            return cls._from_microseconds(
                (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60000000 + seconds * 1000000
                + milliseconds * 1000 + microseconds)
        # Exact integer accumulation; fractions of float arguments are summed apart and
        # rounded half to even at the end, as CPython's C implementation does.
        total = 0
        leftover = 0.0
        for value, factor, label in ((microseconds, 1, "microseconds"), (milliseconds, 1000, "milliseconds"),
                                     (seconds, 1000000, "seconds"), (minutes, 60000000, "minutes"),
                                     (hours, 3600000000, "hours"), (days, _US_PER_DAY, "days"),
                                     (weeks, 7 * _US_PER_DAY, "weeks")):
            if isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(float(factor) * frac)
                    total += int(whole)
                    leftover += frac
            else:
                raise TypeError(f"unsupported type for timedelta {label} component: {type(value).__name__}")
        if leftover:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        days, us = divmod(us, _US_PER_DAY)
        seconds, us = divmod(us, 1000000)
        if abs(days) > 999999999:
            raise OverflowError(f"days={days}; must have magnitude <= 999999999")
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f"days={self._days}")
        if self._seconds:
            args.append(f"seconds={self._seconds}")
        if self._microseconds:
            args.append(f"microseconds={self._microseconds}")
        return "%s(%s)" % (_type_name(self), ", ".join(args) if args else "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            text = "%d day%s, %s" % (self._days, plural, text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_microseconds() // divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        us = self._to_microseconds()
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("division by zero")
            return us / divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(_divide_and_round(us, other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_microseconds(_divide_and_round(b * us, a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_microseconds(self._to_microseconds() % divisor)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._to_microseconds()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_microseconds(), divisor)
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _cmp_key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() == other._cmp_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() != other._cmp_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() < other._cmp_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() <= other._cmp_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() > other._cmp_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp_key() >= other._cmp_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmp_key())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), self._cmp_key())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __copy__(self):
        return _copy(self)

    def __deepcopy__(self, memo):
        return _copy(self)

    def __new__(cls, year, month=None, day=None):
        if month is None and _is_state(year, 4, 2, 1, 12):
            state = _state_bytes(year)
            year, month, day = (state[0] << 8) | state[1], state[2], state[3]
        elif month is None:
            raise _missing("month", 2)
        elif day is None:
            raise _missing("day", 3)
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Construct a date from a POSIX timestamp (like time.time())."""
        y, m, d, *_ = _time.localtime(_timestamp_seconds(t))
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal; January 1 of year 1 is day 1."""
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError(f"year {_ord2ymd(n)[0]} is out of range")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        try:
            fields = _parse_iso_date(date_string)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        return cls(*_isocalendar_to_ymd(_as_int(year), _as_int(week), _as_int(day)))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[weekday - 1], _MONTH_NAMES[self._month], self._day, self._year)

    def strftime(self, format):
        """Format using strftime()."""
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return the date formatted according to ISO: YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) != 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if 0 < ordinal <= _MAXORDINAL:
                return type(self).fromordinal(ordinal)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Return day of the week, where Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return day of the week, where Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        year = self._year
        week1monday = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _iso_week1_monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (type(self), (_date_state(self),))


class _IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return f"{_type_name(self)}(year={self[0]}, week={self[1]}, weekday={self[2]})"


_IsoCalendarDate.__name__ = "IsoCalendarDate"
_IsoCalendarDate.__qualname__ = "IsoCalendarDate"


def _timestamp_seconds(t):
    if isinstance(t, int):
        return t
    if not isinstance(t, float):
        raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
    if t != t or t in (float("inf"), float("-inf")):
        raise ValueError("Invalid value NaN (not a number)" if t != t else "cannot convert float infinity to integer")
    return _math.floor(t)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def __copy__(self):
        return _copy(self)

    def __deepcopy__(self, memo):
        return _copy(self)

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta, positive for east of UTC, negative for west of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, "__dict__", None) or None)


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __copy__(self):
        return _copy(self)

    def __deepcopy__(self, memo):
        return _copy(self)

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(hour, 6, 0, 0, 23):
            state = _state_bytes(hour)
            tzinfo = minute if minute else None
            hour, minute, second = state[0] & 0x7F, state[1], state[2]
            microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
            fold = 1 if state[0] > 127 else 0
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _offsets_for_compare(self, other, ordering):
        mytz = self._tzinfo
        ottz = other._tzinfo
        if mytz is ottz:
            return None
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return None
        if myoff is None or otoff is None:
            if ordering:
                raise TypeError("can't compare offset-naive and offset-aware times")
            return False
        return myoff, otoff

    def _cmp(self, other, ordering=True):
        offsets = self._offsets_for_compare(other, ordering)
        if offsets is False:
            return 2
        if offsets is None:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
        else:
            myoff, otoff = offsets
            a = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond \
                - myoff._to_microseconds()
            b = (other._hour * 3600 + other._minute * 60 + other._second) * 1000000 + other._microsecond \
                - otoff._to_microseconds()
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) != 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            offset = t.utcoffset()
            if not offset:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - offset, timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second, self._microsecond))
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_type_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % self._tzinfo
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        """Return the time formatted according to ISO."""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + self._tzstr()

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string[:1] == "T" else time_string
        try:
            hh, mm, ss, us, tz = _parse_iso_time(text)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {time_string!r}") from None
        return cls(hh, mm, ss, us, _tz_from_offset(tz))

    def strftime(self, format):
        """Format using strftime()."""
        timetuple = _time.struct_time((1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))
        return _wrap_strftime(self, format, timetuple)

    def __format__(self, fmt):
        _check_format_arg(fmt)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce_ex__(self, protocol):
        state = _time_state(self, self._fold and protocol > 3)
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(year, 10, 2, 1, 12):
            state = _state_bytes(year)
            tzinfo = month
            year, month, day = (state[0] << 8) | state[1], state[2] & 0x7F, state[3]
            hour, minute, second = state[4], state[5], state[6]
            microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
            fold = 1 if state[2] > 127 else 0
        elif month is None:
            raise _missing("month", 2)
        elif day is None:
            raise _missing("day", 3)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, *_ = converter(t)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is None and not utc:
            # Detect the second of two equal local times (fold=1), as CPython does.
            max_fold_seconds = 24 * 3600
            probe = t - max_fold_seconds
            y, m, d, hh, mm, ss, *_ = converter(probe)
            probe2 = cls(y, m, d, hh, mm, ss)
            trans = result - probe2 - timedelta(0, max_fold_seconds)
            if trans.days < 0:
                y, m, d, hh, mm, ss, *_ = converter(t + trans // timedelta(0, 1))
                if cls(y, m, d, hh, mm, ss) == result:
                    result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Construct a datetime from a POSIX timestamp (like time.time())."""
        _check_tzinfo(tz)
        t = _timestamp_number(t)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(_timestamp_number(t), True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """Construct a datetime from a given date and a given time."""
        if not isinstance(date, _date_class):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {type(date).__name__}")
        if not isinstance(time, _time_class):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        try:
            length = _date_length(date_string)
            y, m, d = _parse_iso_date(date_string[:length])
            rest = date_string[length + 1:]
            if len(date_string) > length and not rest:
                raise ValueError
            hh, mm, ss, us, tz = _parse_iso_time(rest) if rest else (0, 0, 0, 0, None)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(y, m, d, hh, mm, ss, us, _tz_from_offset(tz))

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        for index, arg in enumerate((date_string, format)):
            if not isinstance(arg, str):
                raise TypeError(f"strptime() argument {index + 1} must be str, not {type(arg).__name__}")
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        dst = self.dst()
        dst = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, dst)

    def _mktime(self):
        """Return integer POSIX timestamp of this naive local time."""
        epoch = datetime(1970, 1, 1)
        max_fold_seconds = 24 * 3600
        t = (self - epoch) // timedelta(0, 1)

        def local(u):
            y, m, d, hh, mm, ss, *_ = _time.localtime(u)
            return (datetime(y, m, d, hh, mm, ss) - epoch) // timedelta(0, 1)

        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + (-max_fold_seconds, max_fold_seconds)[self.fold]
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        return (max, min)[self.fold](u1, u2)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            s = self._mktime()
            return s + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple compatible with time.gmtime()."""
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, 0)

    def date(self):
        """Return the date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return the time part, with tzinfo None."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """Return the time part, with same tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._mktime()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        local = _time.localtime(ts)
        y, m, d, hh, mm, ss, *_ = local
        offset = datetime(y, m, d, hh, mm, ss) - datetime(*_time.gmtime(ts)[:6])
        return timezone(offset, local.tm_zone)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[weekday - 1], _MONTH_NAMES[self._month], self._day,
                                                 self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % type(sep).__name__)
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = "%s(%s)" % (_type_name(self), ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % self._tzinfo
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def _compare(self, other, ordering):
        # Returns -1, 0, 1, or None for "naive vs aware, not equal".
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if not ordering:
                if myoff != self.replace(fold=not self.fold).utcoffset():
                    return None
                if otoff != other.replace(fold=not other.fold).utcoffset():
                    return None
            base = myoff == otoff
        if base:
            a = (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute, other._second,
                 other._microsecond)
            return 0 if a == b else (1 if a > b else -1)
        if myoff is None or otoff is None:
            if ordering:
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            return None
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _compare_other(self, other, op):
        if isinstance(other, date):
            if op == "==":
                return False
            if op == "!=":
                return True
            raise TypeError(f"can't compare {_type_name(self)} to {_type_name(other)}")
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) == 0
        return self._compare_other(other, "==")

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) != 0
        return self._compare_other(other, "!=")

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) <= 0
        return self._compare_other(other, "<=")

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) < 0
        return self._compare_other(other, "<")

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) >= 0
        return self._compare_other(other, ">=")

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) > 0
        return self._compare_other(other, ">")

    def _to_microseconds(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._to_microseconds() + other._to_microseconds()
        days, us = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        seconds, us = divmod(us, 1000000)
        mm, ss = divmod(seconds, 60)
        hh, mm = divmod(mm, 60)
        y, m, d = _ord2ymd(days)
        if type(self) is not datetime:
            return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)
        result = object.__new__(datetime)
        result._year = y
        result._month = m
        result._day = d
        result._hour = hh
        result._minute = mm
        result._second = ss
        result._microsecond = us
        result._tzinfo = self._tzinfo
        result._hashcode = -1
        result._fold = 0
        return result

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            offset = t.utcoffset()
            if offset is None:
                self._hashcode = hash((t._year, t._month, t._day, t._hour, t._minute, t._second, t._microsecond))
            else:
                self._hashcode = hash(t._to_microseconds() - offset._to_microseconds())
        return self._hashcode

    def __reduce_ex__(self, protocol):
        fold = self._fold and protocol > 3
        state = bytes([self._year >> 8, self._year & 0xFF, self._month + (128 if fold else 0), self._day]) + \
            _time_state(self, False)
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _timestamp_number(t):
    if isinstance(t, (int, float)):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        return t
    raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}")
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f"{method}(dt) argument must be a datetime instance or None, not {type(dt).__name__}")

    def utcoffset(self, dt):
        self._check_dt(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, "tzname")
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        self._check_dt(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError(f"fromutc() argument must be a datetime instance or None, not {type(dt).__name__}")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_date_class = date
_time_class = time
_BUILTIN_TYPES = (date, datetime, time, timedelta, timezone, tzinfo, _IsoCalendarDate)
for _cls in _BUILTIN_TYPES:
    _set_c_name(_cls, "datetime." + _cls.__name__)
del _cls
