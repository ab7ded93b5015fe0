# strftime directives (glibc's, with flags and widths) and strptime parsing, with their errors.
from datetime import date, datetime, time, timedelta, timezone
d = date(2020, 5, 17)
print(d.strftime("%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %% %f %G %V %u %e %-m"))
dt = datetime(2021, 1, 3, 5, 6, 7, 890)
print(dt.strftime("%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %% %f %G %V %u"), dt.ctime())
print(dt.strftime("%-d|%_d|%05d|%-j|%10A|%_10B|%^p|%#p|%^a|%#A|%3S|%-H|%k|%l|%P|%D|%F|%r|%R|%T|%h|%C|%g|%s|%n|%t|%E|%Q|%5%"))
print(datetime(5, 1, 1).strftime("%Y %y %C %G %g %c %x"), datetime(1900, 12, 31).strftime("%G-W%V-%u %U %W %j"), date(2027, 1, 1).strftime("%G %V"))
aw = datetime(2021, 6, 1, 12, 30, 0, 5, tzinfo=timezone(timedelta(hours=-3, minutes=-30), "NST"))
print(aw.strftime("%z %Z %H:%M %f"), datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=3723))).strftime("%z"), time(7, 8, 9, 10).strftime("%H-%M-%S.%f %Y"))
print(format(dt, ""), format(d, ""), "{:%d/%m/%Y %H:%M}".format(dt), f"{d:%A}", f"{d!r}", f"{d}", f"{time(5):%I %p}")
print(datetime.strptime("Mon Jan  4 10:11:12 2021", "%c"), datetime.strptime("2021-06-01T12:30:00+0530", "%Y-%m-%dT%H:%M:%S%z"), datetime.strptime("5 PM", "%I %p"))
print(datetime.strptime("2021 23 3", "%Y %W %w"), datetime.strptime("2021 23 3", "%Y %U %w"), datetime.strptime("2021 52 0", "%G %V %w"), datetime.strptime("100", "%j"))
print(datetime.strptime("12:30:45.5", "%H:%M:%S.%f"), datetime.strptime("Tuesday 5 january 99", "%A %d %B %y"), datetime.strptime("10:00 UTC", "%H:%M %Z"))
print(repr(datetime.strptime("Z", "%z")), repr(datetime.strptime("-01:30:15.25", "%z")), datetime.strptime("1112", "%d%m"), datetime.strptime("  3/ 4/2020", " %m/%d/%Y"))
print(datetime.strptime("x%y", "x%%y"), datetime.strptime("29 Feb 2020", "%d %b %Y"), datetime.strptime("12AM", "%I%p"), datetime.strptime("12 pm", "%I %p"), datetime.strptime("2020-01-01", "%Y-%m-%d").date())
print(datetime.strptime("MAY 5 68", "%b %d %y"), datetime.strptime("may 5 69", "%b %d %y"), datetime.strptime("1/2/03", "%m/%d/%y"), datetime.strptime("3", "%d"))
for args in [("2020-02-30", "%Y-%m-%d"), ("29 Feb", "%d %b"), ("2020", "%G"), ("5", "%V"), ("12", "%Y %"), ("10", "%H %Q"), ("2020x", "%Y"),
             ("x2020", "%Y"), ("1 +01:3000", "%d %z"), ("2020 5 1", "%G %V %j"), (5, "%Y"), ("5", 5), ("1/2/3", "%m/%d/%y"), ("23:59:60", "%H:%M:%S"), ("24", "%H")]:
    try:
        print(datetime.strptime(*args))
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__ + ":", ex)
for bad in [lambda: format(date(2020, 1, 1), 5), lambda: datetime(2020, 1, 1).strftime(1)]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
