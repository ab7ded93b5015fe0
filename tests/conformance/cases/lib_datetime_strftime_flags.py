# strftime with glibc flags and widths on random dates (seeded), and ISO week fields across year ends.
import random, time
from datetime import datetime, date, timedelta
r = random.Random(11)
directives = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%"
flags = ["", "-", "_", "0", "^", "#", "10", "-3", "_5", "^8", "04"]
out = []
for i in range(300):
    d = datetime(r.randint(1, 9999), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    fmt = "|".join("%" + r.choice(flags) + r.choice(directives) for _ in range(6))
    out.append(d.strftime(fmt.replace("%s", "%S").replace("s", "S")))
for d in [date(2004, 12, 31) + timedelta(days=k) for k in range(0, 800, 7)]:
    out.append(d.strftime("%G %V %g %U %W %j %u %w %a"))
print("\n".join(out))
