# os: stat results, scandir, walk, removedirs, errors with errno subclasses and strerror, fsencode, access; stat module.
import os, stat, errno, tempfile, shutil
root = tempfile.mkdtemp()
def rel(p):
    return os.path.relpath(p, root)
def t(label, f):
    try:
        r = f()
    except OSError as e:
        r = f"{type(e).__name__} errno={e.errno} {e.strerror!r} {rel(e.filename) if isinstance(e.filename, str) else e.filename}"
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))
f = os.path.join(root, "a.txt")
with open(f, "w") as fh:
    fh.write("hello\n")
os.makedirs(os.path.join(root, "sub", "deeper"))
with open(os.path.join(root, "sub", "b.bin"), "wb") as fh:
    fh.write(b"\x00" * 10)
st = os.stat(f)
print(type(st).__name__, st.st_size, st[stat.ST_SIZE], stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), type(st.st_mtime).__name__)
print(stat.S_ISDIR(os.stat(root).st_mode), stat.filemode(os.stat(root).st_mode)[0], stat.filemode(st.st_mode)[0], len(st) >= 10)
print(sorted(os.listdir(root)), sorted(e.name for e in os.scandir(root)))
with os.scandir(root) as it:
    print(sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink(), rel(e.path)) for e in it))
print([(rel(r), sorted(ds), sorted(fs)) for r, ds, fs in os.walk(root)])
print([rel(r) for r, ds, fs in os.walk(root, topdown=False)])
t("getsize", lambda: os.path.getsize(os.path.join(root, "sub", "b.bin")))
t("stat missing", lambda: os.stat(os.path.join(root, "missing")))
t("getmtime missing", lambda: os.path.getmtime(os.path.join(root, "missing")))
t("mkdir exists", lambda: os.mkdir(os.path.join(root, "sub")))
t("mkdir no parent", lambda: os.mkdir(os.path.join(root, "no", "parent")))
t("makedirs exists", lambda: os.makedirs(os.path.join(root, "sub")))
t("makedirs exist_ok", lambda: os.makedirs(os.path.join(root, "sub"), exist_ok=True))
t("makedirs file exist_ok", lambda: os.makedirs(f, exist_ok=True))
t("rmdir not empty", lambda: os.rmdir(os.path.join(root, "sub")))
t("rmdir file", lambda: os.rmdir(f))
t("remove missing", lambda: os.remove(os.path.join(root, "missing")))
t("remove dir", lambda: os.remove(os.path.join(root, "sub")))
t("open dir", lambda: open(os.path.join(root, "sub")))
t("open missing", lambda: open(os.path.join(root, "missing")))
t("listdir missing", lambda: os.listdir(os.path.join(root, "missing")))
t("removedirs", lambda: os.removedirs(os.path.join(root, "sub", "deeper")))
t("after removedirs", lambda: sorted(os.listdir(os.path.join(root, "sub"))))
t("access", lambda: (os.access(f, os.R_OK), os.access(f, os.F_OK), os.access(os.path.join(root, "missing"), os.F_OK)))
t("exists", lambda: (os.path.exists(f), os.path.isfile(f), os.path.isdir(f), os.path.islink(f), os.path.lexists(f)))
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.ENOTDIR, errno.EISDIR, errno.ENOTEMPTY, errno.EPIPE, errno.EAGAIN, 99999]:
    e = OSError(code, os.strerror(code))
    print(code, errno.errorcode.get(code), type(e).__name__, os.strerror(code), str(e))
print(os.fsencode("naïve"), os.fsdecode(b"na\xc3\xafve"), os.fsencode(b"x"), os.fspath("p"))
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
for m in [0o100644, 0o040755, 0o120777, 0o104755, 0o102710, 0o041777, 0o041776, 0o020600, 0o010644, 0o140755, 0o060660]:
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)), stat.S_ISLNK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m), stat.S_ISCHR(m), stat.S_ISBLK(m))
print(stat.S_IRWXU, stat.S_IRUSR | stat.S_IWUSR, stat.S_IFREG, stat.S_IFDIR, stat.ST_MTIME)
shutil.rmtree(root)
print(os.path.exists(root))
