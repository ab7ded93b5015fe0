import os, shutil, tempfile, stat
d = tempfile.mkdtemp()
exe = os.path.join(d, "tool")
with open(exe, "w") as f:
    f.write("#!/bin/sh\n")
os.chmod(exe, 0o755)
plain = os.path.join(d, "plain")
open(plain, "w").close()
os.mkdir(os.path.join(d, "subdir"))
print(shutil.which("tool", path=d) == exe)
print(shutil.which("plain", path=d))
print(shutil.which("plain", mode=os.F_OK, path=d) == plain)
print(shutil.which("subdir", mode=os.F_OK, path=d))
print(shutil.which("nosuch", path=d))
print(shutil.which("tool", path=""))
print(shutil.which(exe) == exe)
print(shutil.which(os.path.join(d, "nosuch")))
print(shutil.which(b"tool", path=d) == os.fsencode(exe))
print(shutil.which("tool", path=os.pathsep.join([d, d])) == exe)
old = os.environ.get("PATH")
os.environ["PATH"] = d
print(shutil.which("tool") == exe)
os.environ["PATH"] = old
print(shutil.which("sh") is not None)
u = shutil.disk_usage(d)
print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.free <= u.total)
try:
    shutil.disk_usage(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
os.environ["COLUMNS"] = "100"; os.environ["LINES"] = "30"
print(shutil.get_terminal_size())
os.environ["COLUMNS"] = "bad"
ts = shutil.get_terminal_size((11, 22))
print(ts.lines, type(ts).__name__)
print(os.terminal_size((3, 4)), os.terminal_size((3, 4)).columns)
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print(e)
for args in [dict(), dict(user="no_such_user_xyz"), dict(group="no_such_group_xyz")]:
    try:
        shutil.chown(exe, **args)
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e)
print(os.defpath)
copied = os.path.join(d, "copied")
open(copied, "w").close()
shutil.copymode(exe, copied)
print(oct(os.stat(copied).st_mode & 0o777))
os.utime(exe, (1000000000, 1200000000))
shutil.copystat(exe, plain)
print(int(os.stat(plain).st_mtime), oct(os.stat(plain).st_mode & 0o777))
print(int(os.stat(shutil.copy2(exe, os.path.join(d, "c2"))).st_mtime))
shutil.rmtree(d)
