# strptime in datetime and time: numeric widths, names, %z and %Z, week and ISO dates, whitespace, errors.
from datetime import datetime
import time
cases = [("2020-1-5", "%Y-%m-%d"), ("20200105", "%Y%m%d"), ("2020 5", "%Y %j"), ("Jan 5 2020", "%b %d %Y"), ("january 05 20", "%B %d %y"),
         ("5:07:08 pm", "%I:%M:%S %p"), ("17:07", "%H:%M"), ("2020-W10-3", "%G-W%V-%u"), ("2020 10 3", "%Y %U %w"), ("2020 00 0", "%Y %W %w"),
         ("Thu, 05 Mar 2020 10:00:00 +0000", "%a, %d %b %Y %H:%M:%S %z"), ("Thu, 05 Mar 2020 10:00:00 GMT", "%a, %d %b %Y %H:%M:%S %Z"),
         ("2020-03-05T10:00:00.123Z", "%Y-%m-%dT%H:%M:%S.%f%z"), ("12/31/99", "%x"), ("23:59:59", "%X"), ("Sat Mar  7 10:00:00 2020", "%c"),
         ("2020  3   7", "%Y %m %d"), ("2020\t3\n7", "%Y %m %d"), ("100%", "%d%%"), ("2020-02-29", "%Y-%m-%d"), ("2021-02-29", "%Y-%m-%d"),
         ("366", "%j"), ("2020 366", "%Y %j"), ("2021 366", "%Y %j"), ("1234567", "%f"), ("123", "%f"), ("+05:30", "%z"), ("-0530", "%z"),
         ("+05:3", "%z"), ("UTC", "%Z"), ("EST", "%Z"), ("2020 53 1", "%G %V %u"), ("2020 1", "%G %u"), ("Monday", "%A"), ("mon", "%a"),
         ("12 AM", "%H %p"), ("0 AM", "%I %p"), ("13 PM", "%I %p"), ("  5", "%d"), (" 5", "%d"), ("5 ", "%d"), ("05.03.2020 7:05", "%d.%m.%Y %H:%M"),
         ("2020-03-05 10:00:00+01:00:30.5", "%Y-%m-%d %H:%M:%S%z"), ("1969", "%y"), ("69", "%y"), ("68", "%y"), ("31 4 2020", "%d %m %Y")]
for s, f in cases:
    try:
        r = repr(datetime.strptime(s, f))
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    try:
        t = tuple(time.strptime(s, f))
    except Exception as e:
        t = type(e).__name__ + ": " + str(e)
    print(repr(s), repr(f), r, t)
