import logging, io, sys

s = io.StringIO()
logging.basicConfig(stream=s, level=logging.INFO)
log = logging.getLogger("app.web")
log.debug("hidden")
log.info("hello %s", "world")
log.warning("n=%d", 3)
print(repr(s.getvalue()))
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(25))
print(log.parent is logging.root, log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))
child = logging.getLogger("app.web.views")
mid = logging.getLogger("app")
print(child.parent.name, log.parent.name, mid.parent.name)
print(logging.getLogger("app.web") is log, logging.getLogger() is logging.root)
print(repr(log), repr(logging.root))

s2 = io.StringIO()
h = logging.StreamHandler(s2)
h.setFormatter(logging.Formatter("{levelname}|{name}|{message}|{funcName}|{module}", style="{"))
mid.addHandler(h)
child.error("boom")
mid.propagate = False
child.critical("stop")
print(repr(s2.getvalue()))
print(repr(s.getvalue().splitlines()[-1]))

s3 = io.StringIO()
h3 = logging.StreamHandler(s3)
h3.setFormatter(logging.Formatter("$levelno $message $filename", style="$"))
other = logging.getLogger("other")
other.propagate = False
other.addHandler(h3)
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return not record.args or record.args[0] % 2 == 1
other.addFilter(OnlyOdd())
for i in range(4):
    other.warning("item %d", i)
other.log(45, "custom level")
logging.addLevelName(45, "SEVERE")
other.log(45, "named level")
print(repr(s3.getvalue()))

s4 = io.StringIO()
h4 = logging.StreamHandler(s4)
h4.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
exc = logging.getLogger("exc")
exc.propagate = False
exc.addHandler(h4)
def fail():
    raise ValueError("bad value")
try:
    fail()
except ValueError:
    exc.exception("caught")
text = s4.getvalue()
print(text.splitlines()[0], text.splitlines()[1], text.splitlines()[-1])
print("Traceback" in text, text.count("\n"))

s5 = io.StringIO()
h5 = logging.StreamHandler(s5)
h5.setFormatter(logging.Formatter("%(user)s: %(message)s"))
ad_logger = logging.getLogger("adapted")
ad_logger.propagate = False
ad_logger.addHandler(h5)
ad = logging.LoggerAdapter(ad_logger, {"user": "bob"})
ad.warning("did %s", "things")
print(repr(s5.getvalue()), repr(ad))
ad_logger.removeHandler(h5)
print(ad_logger.handlers, ad_logger.hasHandlers())

f = logging.Filter("a.b")
for name in ["a.b", "a.b.c", "a.bc", "a"]:
    print(name, bool(f.filter(logging.makeLogRecord({"name": name}))))

rec = logging.LogRecord("n", logging.INFO, "/x/y/mod.py", 12, "v=%(v)s", ({"v": 5},), None, "fn")
print(rec.getMessage(), rec.filename, rec.module, rec.levelname, rec.lineno, rec.funcName, rec.exc_text)
print(isinstance(rec.created, float), 0 <= rec.msecs < 1000, isinstance(rec.thread, int), rec.threadName, rec.process > 0)
fm = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
print(len(fm.format(rec).split()[0]))
fm2 = logging.Formatter("%(asctime)s")
print(len(fm2.format(rec)), fm2.format(rec)[19])

logging.disable(logging.WARNING)
print(other.isEnabledFor(logging.WARNING), other.isEnabledFor(logging.ERROR))
logging.disable(logging.NOTSET)
print(other.isEnabledFor(logging.WARNING))

logging.basicConfig(stream=sys.stdout, format="%(levelname)s-%(message)s", force=True, level="DEBUG")
logging.debug("via root %d", 1)
logging.getLogger("x.y").info("child via root")
nh = logging.getLogger("quiet")
nh.addHandler(logging.NullHandler())
nh.propagate = False
nh.error("nothing")
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print(e)
try:
    log.setLevel("LOUD")
except ValueError as e:
    print(e)
print(logging.getLevelNamesMapping()["WARN"], logging.BASIC_FORMAT)
