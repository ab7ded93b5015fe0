# Permissions, process identity, uname, terminal size and the stat fields of os.
import os
import stat
import tempfile

old_mask = os.umask(0o027)
print("umask", oct(os.umask(0o022)))
d = tempfile.mkdtemp()
p = os.path.join(d, "file.txt")
with open(p, "w") as f:
    f.write("x" * 5000)
print("created", oct(stat.S_IMODE(os.stat(p).st_mode)))
os.chmod(p, 0o600)
print(oct(stat.S_IMODE(os.stat(p).st_mode)))
os.chmod(p, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP)
print(oct(stat.S_IMODE(os.stat(p).st_mode)), stat.filemode(os.stat(p).st_mode))
with open(p) as f:
    os.fchmod(f.fileno(), 0o755)
print(oct(stat.S_IMODE(os.stat(p).st_mode)), os.access(p, os.X_OK))
try:
    os.chmod(os.path.join(d, "missing"), 0o644)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename == os.path.join(d, "missing"))

s = os.stat(p)
print(s.st_uid == os.getuid(), s.st_gid in [os.getgid()] + os.getgroups(), s.st_nlink, s.st_size)
print(s.st_ino > 0, s.st_dev > 0, s.st_blksize > 0, s.st_blocks > 0, s.st_rdev)
print(type(s.st_mtime).__name__, type(s.st_mtime_ns).__name__, s.st_mtime_ns // 10**9 == s[8] == int(s.st_mtime))
print(abs(s.st_mtime - s.st_mtime_ns / 1e9) < 1e-6, len(s), s.n_fields, s.n_sequence_fields, s.n_unnamed_fields)
print(repr(s).startswith("os.stat_result(st_mode="), repr(s).count("="), type(s).__name__, type(s).__module__)
print(stat.S_ISDIR(os.stat(d).st_mode), os.stat(d).st_nlink >= 2, stat.S_ISREG(s.st_mode))
q = os.path.join(d, "other.txt")
with open(q, "w"):
    pass
print(os.path.samefile(p, p), os.path.samefile(p, q), os.path.samestat(os.stat(p), os.stat(p)))
print(os.path.samefile(p, os.path.join(d, ".", "file.txt")), os.stat(p).st_ino != os.stat(q).st_ino)
os.link(p, os.path.join(d, "hard")) if hasattr(os, "link") else None
os.symlink(p, os.path.join(d, "soft"))
print(os.path.samefile(p, os.path.join(d, "soft")), os.lstat(os.path.join(d, "soft")).st_ino != s.st_ino)
print(stat.S_ISLNK(os.lstat(os.path.join(d, "soft")).st_mode))
r = os.stat_result(tuple(range(10)))
print(r, r.st_atime, r.st_mtime_ns)
print(os.stat_result(tuple(range(19))).st_rdev, os.stat_result(tuple(range(19))).st_atime)
for n in (9, 20):
    try:
        os.stat_result(tuple(range(n)))
    except TypeError as e:
        print(e)

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
os.umask(old_mask)

print(all(isinstance(f(), int) for f in (os.getuid, os.geteuid, os.getgid, os.getegid, os.getppid, os.getpid)))
print(os.getppid() != os.getpid(), isinstance(os.getgroups(), list), os.cpu_count() >= 1)
cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, len(cpus) >= 1, all(isinstance(c, int) for c in cpus))
u = os.uname()
print(type(u), len(u), u.sysname, u[0] == u.sysname, repr(u).startswith("posix.uname_result(sysname='Linux', nodename="))
print(all(isinstance(x, str) for x in u), u.n_fields, u.n_sequence_fields)
os.kill(os.getpid(), 0)
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e)
print(isinstance(os.getpriority(os.PRIO_PROCESS, 0), int), os.PRIO_PROCESS, os.PRIO_PGRP, os.PRIO_USER)

ts = os.terminal_size((100, 40))
print(ts, ts.columns, ts.lines, ts == (100, 40), type(ts).__module__)
try:
    os.terminal_size((1,))
except TypeError as e:
    print(e)
r, w = os.pipe()
try:
    os.get_terminal_size(r)
except OSError as e:
    print(type(e).__name__, e.errno, e)
os.close(r)
os.close(w)
