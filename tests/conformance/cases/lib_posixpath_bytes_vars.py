# posixpath: bytes paths, mixing errors, expandvars, expanduser, splitdrive, commonpath and relpath edge cases.
import posixpath as P, os
def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
for p in [b"/usr/lib/x.tar.gz", b"rel/dir/", b"", b"/", b".bashrc", b"a//b/../c/./d"]:
    print(p, P.split(p), P.splitext(p), P.basename(p), P.dirname(p), P.normpath(p), P.isabs(p))
t("join bytes", lambda: P.join(b"a", b"b", b"/c", b"d"))
t("join mix", lambda: P.join("a", b"b"))
t("join mix 2", lambda: P.join(b"a", "b"))
t("join int", lambda: P.join("a", 1))
t("join none", lambda: P.join(None))
t("splitdrive", lambda: (P.splitdrive("/a/b"), P.splitdrive(b"c:x")))
t("commonpath bytes", lambda: P.commonpath([b"/a/b", b"/a/c"]))
t("commonpath mix", lambda: P.commonpath(["/a", b"/a"]))
t("commonpath rel", lambda: P.commonpath(["a/./b", "a/b/c"]))
t("commonprefix", lambda: (P.commonprefix(["abc", "abd"]), P.commonprefix([b"xy", b"xz"]), P.commonprefix([[1, 2], [1, 3]])))
t("relpath bytes", lambda: P.relpath(b"/a/b", b"/a"))
t("relpath mix", lambda: P.relpath("/a/b", b"/a"))
t("relpath empty", lambda: P.relpath(""))
os.environ["PROBE_ONE"] = "1"
os.environ["PROBE_PATH"] = "/opt/x"
os.environ.pop("PROBE_UNSET", None)
for s in ["$PROBE_ONE", "${PROBE_ONE}x", "$PROBE_ONEx", "$PROBE_PATH/bin", "$PROBE_UNSET/y", "${PROBE_UNSET}", "$$", "$", "a$", "${", "${PROBE_ONE", "x$PROBE_ONE$PROBE_ONE", "$1", "no vars", "${PROBE_PATH}/${PROBE_ONE}"]:
    print(repr(s), repr(P.expandvars(s)))
print(P.expandvars(b"$PROBE_PATH/lib"), P.expandvars(b"plain"))
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/probe/"
print(P.expanduser("~"), P.expanduser("~/x"), P.expanduser("x/~"), P.expanduser(b"~/y"), P.expanduser("~probe_user_zz/q").endswith("/q"))
if home is not None:
    os.environ["HOME"] = home
print(P.normcase("/A/b"), P.normcase(b"/A"), P.abspath("/a/./b/../c"), P.abspath(b"/x/../y"), P.realpath("/").startswith("/"))
print(P.sep, P.altsep, P.extsep, P.pathsep, P.curdir, P.pardir, P.defpath, P.devnull, P.supports_unicode_filenames)
class PathLikeThing:
    def __fspath__(self):
        return "/from/fspath"
print(P.join(PathLikeThing(), "x"), P.basename(PathLikeThing()), os.fspath(PathLikeThing()))
class BadPath:
    def __fspath__(self):
        return 1
t("bad fspath", lambda: P.basename(BadPath()))
t("not a path", lambda: P.basename(3))
