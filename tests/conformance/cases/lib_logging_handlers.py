import logging, sys, os, io

saved = sys.stderr
sys.stderr = sys.stdout
lone = logging.getLogger("lone")
lone.warning("last resort %s", "message")
lone.info("below warning: dropped")
lone.error("error too")
sys.stderr = saved
print(logging.lastResort.level, logging.root.handlers)

d = os.path.join(os.environ.get("TMPDIR", "/tmp"), "lib_logging_case_%d" % os.getpid())
os.makedirs(d, exist_ok=True)
path = os.path.join(d, "app.log")
fl = logging.getLogger("file")
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
fh.setLevel(logging.ERROR)
fl.addHandler(fh)
fl.propagate = False
fl.warning("not written")
fl.error("written %d", 1)
fl.critical("written %d", 2)
fh.close()
with open(path) as f:
    print(repr(f.read()))
print(fh.baseFilename == os.path.abspath(path), repr(fh).startswith("<FileHandler"))

lazy = logging.FileHandler(os.path.join(d, "lazy.log"), delay=True)
print(lazy.stream, os.path.exists(os.path.join(d, "lazy.log")))
lazy.handle(logging.makeLogRecord({"msg": "late", "levelno": 20, "levelname": "INFO"}))
lazy.close()
with open(os.path.join(d, "lazy.log")) as f:
    print(repr(f.read()))

logging.basicConfig(filename=os.path.join(d, "basic.log"), filemode="w",
                    format="%(levelname)s:%(message)s", level=logging.DEBUG)
logging.debug("to file")
for h in logging.root.handlers:
    h.close()
with open(os.path.join(d, "basic.log")) as f:
    print(repr(f.read()))

s = io.StringIO()
h = logging.StreamHandler(s)
h.terminator = " | "
h.setFormatter(logging.Formatter("%(message)s", defaults={"extra_field": "x"}))
t = logging.getLogger("term")
t.propagate = False
t.addHandler(h)
t.warning("a")
t.warning("b", extra={"tag": 1})
print(repr(s.getvalue()))
try:
    t.warning("c", extra={"name": "clash"})
except KeyError as e:
    print("KeyError", e)
sh = logging.StreamHandler()
print(sh.stream is sys.stderr, repr(logging.NullHandler()), h.level, logging.getLevelName(h.level))
try:
    logging.Formatter("%(message)s", style="#")
except ValueError as e:
    print(e)
try:
    logging.Formatter("no fields")
except ValueError as e:
    print(e)

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
