# calendar: month and year text layouts, HTML tables, iterators, first weekday, errors.
import calendar, datetime
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 2, 29), calendar.weekday(12000, 1, 1), calendar.month(2024, 2))
print(calendar.TextCalendar(6).formatmonth(2021, 7), calendar.timegm((2020, 1, 1, 0, 0, 0)), calendar.month_name[3], calendar.day_abbr[0], calendar.month(2024, 5, 3, 2))
print(list(calendar.Calendar().itermonthdates(2024, 2))[:3], calendar.Calendar().monthdatescalendar(2024, 2)[0][0], list(calendar.Calendar(3).iterweekdays()))
print(calendar.leapdays(2000, 2025), calendar.HTMLCalendar().formatmonth(2024, 1), calendar.HTMLCalendar(6).formatyear(2023, 4)[:500])
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 2, 4, 4))
print(calendar.monthcalendar(2024, 9), list(calendar.Calendar(6).itermonthdays4(2024, 9))[:8], calendar.Calendar(2).yeardayscalendar(2024, 4)[0][0][:2])
calendar.prmonth(1999, 12)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(3), calendar.month(2024, 3))
calendar.setfirstweekday(0)
print(calendar.HTMLCalendar().formatyearpage(2024)[:300])
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9), lambda: calendar.month(2024, 0), lambda: calendar.weekday(2023, 2, 29)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e, isinstance(e, ValueError))
