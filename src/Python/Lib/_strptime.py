"""strptime for time.strptime and datetime.strptime (C locale), with CPython's matching rules.

Each directive accepts the same alternatives, in the same order, as the regular expressions
CPython builds, and a small backtracking matcher tries them in that order, so the same inputs
are accepted, split and rejected. The whole match is case-insensitive.
"""

import time as _time
import datetime as _datetime

_D = "0123456789"
_N19 = "123456789"

# Alternatives of each numeric directive: one string of allowed characters per position.
_NUMERIC = {
    "d": (("3", "01"), ("12", _D), ("0", _N19), (_N19,), (" ", _N19)),
    "f": tuple((_D,) * n for n in range(6, 0, -1)),
    "H": (("2", "0123"), ("01", _D), (_D,)),
    "I": (("1", "012"), ("0", _N19), (_N19,)),
    "G": ((_D, _D, _D, _D),),
    "j": (("3", "6", "0123456"), ("3", "012345", _D), ("12", _D, _D), ("0", _N19, _D), ("0", "0", _N19),
          (_N19, _D), ("0", _N19), (_N19,)),
    "m": (("1", "012"), ("0", _N19), (_N19,)),
    "M": (("012345", _D), (_D,)),
    "S": (("6", "01"), ("012345", _D), (_D,)),
    "U": (("5", "0123"), ("01234", _D), (_D,)),
    "W": (("5", "0123"), ("01234", _D), (_D,)),
    "w": (("0123456",),),
    "u": (("1234567",),),
    "V": (("5", "0123"), ("0", _N19), ("1234", _D), (_D,)),
    "y": ((_D, _D),),
    "Y": ((_D, _D, _D, _D),),
}

_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ABBR_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FULL_MONTHS = ("", "january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_ABBR_MONTHS = ("", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_AM_PM = ("am", "pm")

# Directives that stand for a sequence of others in the C locale.
_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _longest_first(names):
    return tuple(sorted((n for n in names if n), key=len, reverse=True))


_zones = {}


def _timezone_names():
    """Names %Z accepts: (standard names, daylight names), for the current time.tzname."""
    key = tuple(_time.tzname)
    zones = _zones.get(key)
    if zones is None:
        _zones.clear()
        zones = _zones[key] = (frozenset({"utc", "gmt", key[0].lower()}), frozenset({key[1].lower()}))
    return zones


def _numeric_ends(alternatives, text, pos):
    for alternative in alternatives:
        end = pos + len(alternative)
        if end <= len(text) and all(text[pos + i] in allowed for i, allowed in enumerate(alternative)):
            yield end


def _name_ends(names, text, pos):
    for name in names:
        end = pos + len(name)
        if text[pos:end].lower() == name:
            yield end


def _digits_at(text, pos, count):
    return pos + count <= len(text) and all(c in _D for c in text[pos:pos + count])


def _offset_ends(text, pos):
    # [+-]HH:?MM(:?SS(.ffffff)?)? | Z, tried in the regular expression's greedy order.
    if pos < len(text) and text[pos] in "+-" and _digits_at(text, pos + 1, 2):
        start = pos + 3
        for colon in (1, 0):
            if colon and text[start:start + 1] != ":":
                continue
            minute = start + colon
            if not (minute + 2 <= len(text) and text[minute] in "012345" and text[minute + 1] in _D):
                continue
            after = minute + 2
            for colon2 in (1, 0):
                if colon2 and text[after:after + 1] != ":":
                    continue
                second = after + colon2
                if second + 2 <= len(text) and text[second] in "012345" and text[second + 1] in _D:
                    frac = second + 2
                    if text[frac:frac + 1] == ".":
                        count = 0
                        while count < 6 and _digits_at(text, frac + 1 + count, 1):
                            count += 1
                        for n in range(count, 0, -1):
                            yield frac + 1 + n
                    yield frac
            yield after
    if text[pos:pos + 1] == "Z":
        yield pos + 1


def _space_ends(text, pos):
    end = pos
    while end < len(text) and text[end].isspace():
        end += 1
    while end > pos:
        yield end
        end -= 1


_compiled = {}


def _tokens(format):
    tokens = _compiled.get(format)
    if tokens is None:
        if len(_compiled) > 100:
            _compiled.clear()
        tokens = _compiled[format] = _compile(format)
    return tokens


def _compile(format):
    """The format as a list of (kind, data) tokens; raises CPython's errors for bad directives."""
    tokens = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c.isspace():
            while i < n and format[i].isspace():
                i += 1
            tokens.append(("space", None))
            continue
        if c != "%":
            tokens.append(("literal", c.lower()))
            i += 1
            continue
        if i + 1 == n:
            raise ValueError(f"stray % in format '{format}'")
        d = format[i + 1]
        i += 2
        if d in _COMPOSITE:
            tokens.extend(_compile(_COMPOSITE[d]))
        elif d == "%":
            tokens.append(("literal", "%"))
        elif d in _NUMERIC or d in "aAbBpzZ":
            tokens.append(("directive", d))
        else:
            raise ValueError(f"'{d}' is a bad directive in format '{format}'")
    return tokens


def _candidates(directive, text, pos, zones):
    if directive in _NUMERIC:
        return _numeric_ends(_NUMERIC[directive], text, pos)
    if directive == "a":
        return _name_ends(_ABBR_DAYS, text, pos)
    if directive == "A":
        return _name_ends(_longest_first(_FULL_DAYS), text, pos)
    if directive == "b":
        return _name_ends(_longest_first(_ABBR_MONTHS), text, pos)
    if directive == "B":
        return _name_ends(_longest_first(_FULL_MONTHS), text, pos)
    if directive == "p":
        return _name_ends(_AM_PM, text, pos)
    if directive == "z":
        return _offset_ends(text, pos)
    return _name_ends(_longest_first(zones[0] | zones[1]), text, pos)


def _match(tokens, text, zones):
    """Captured text per directive and the end of the match, or None when the text does not match."""
    found = {}

    def walk(index, pos):
        if index == len(tokens):
            return pos
        kind, data = tokens[index]
        if kind == "literal":
            if pos < len(text) and text[pos].lower() == data:
                return walk(index + 1, pos + 1)
            return None
        if kind == "space":
            for end in _space_ends(text, pos):
                result = walk(index + 1, end)
                if result is not None:
                    return result
            return None
        for end in _candidates(data, text, pos, zones):
            found[data] = text[pos:end]
            result = walk(index + 1, end)
            if result is not None:
                return result
        found.pop(data, None)
        return None

    end = walk(0, 0)
    return None if end is None else (found, end)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _julian_from_week(year, week_of_year, day_of_week, week_starts_monday):
    first_weekday = _datetime.date(year, 1, 1).weekday()
    if not week_starts_monday:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    correction = _datetime.date(iso_year, 1, 4).isoweekday() + 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        ordinal += _datetime.date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        ordinal -= _datetime.date(iso_year, 1, 1).toordinal()
    return iso_year, ordinal


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """The struct_time fields, the microseconds and the offset's microseconds parsed from data_string."""
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {index} must be str, not {type(arg)}")
    zones = _timezone_names()
    matched = _match(_tokens(format), data_string, zones)
    if matched is None:
        raise ValueError(f"time data {data_string!r} does not match format {format!r}")
    found, end = matched
    if end != len(data_string):
        raise ValueError(f"unconverted data remains: {data_string[end:]}")

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for key, value in found.items():
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = _FULL_MONTHS.index(value.lower())
        elif key == "b":
            month = _ABBR_MONTHS.index(value.lower())
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm" and hour != 12:
                hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key == "A":
            weekday = _FULL_DAYS.index(value.lower())
        elif key == "a":
            weekday = _ABBR_DAYS.index(value.lower())
        elif key == "w":
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key in ("U", "W"):
            week_of_year = int(value)
            week_of_year_start = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            if value == "Z":
                gmtoff = 0
            else:
                z = value
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError(f"Inconsistent use of : in {value}")
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 + minutes) * 60 + seconds
                remainder = z[8:]
                gmtoff_fraction = int(remainder + "0" * (6 - len(remainder))) if remainder else 0
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == "Z":
            name = value.lower()
            for index, names in enumerate(zones):
                if name in names:
                    if (_time.tzname[0] == _time.tzname[1] and _time.daylight
                            and name not in ("utc", "gmt")):
                        break
                    tz = index
                    break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive "
                             "'%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        # Parse 29 February as in a leap year, then report the default year as CPython does.
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        parsed = _datetime.date(year, month, day)
        julian = parsed.toordinal() - _datetime.date(year, 1, 1).toordinal() + 1
    else:
        parsed = _datetime.date.fromordinal(julian - 1 + _datetime.date(year, 1, 1).toordinal())
        year, month, day = parsed.year, parsed.month, parsed.day
    if weekday is None:
        weekday = parsed.weekday()
    tzname = found.get("Z")
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff), fraction, gmtoff_fraction


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time."""
    fields = _strptime(data_string, format)[0]
    return _time.struct_time(fields)


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime: an instance of cls, aware when the format has %z."""
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = fields[-2:]
    args = fields[:6] + (fraction,)
    if gmtoff is not None:
        delta = _datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (_datetime.timezone(delta, tzname) if tzname else _datetime.timezone(delta),)
    return cls(*args)
