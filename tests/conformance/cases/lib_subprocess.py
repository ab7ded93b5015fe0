# subprocess: run, Popen, pipes, STDOUT/DEVNULL, communicate, timeouts and the errors' messages and reprs.
# stderr=STDOUT joins two pipes here, so the cases leave the child a moment between the two streams.
import os
import subprocess
import sys
import tempfile

print(subprocess.run(["echo", "hi"], capture_output=True))
print(subprocess.run("echo $((1+2)); echo err >&2", shell=True, capture_output=True, text=True))
print(subprocess.run(["cat"], input=b"abc", stdout=subprocess.PIPE))
print(subprocess.run(["sh", "-c", "echo out; sleep 0.05; echo err 1>&2"], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT).stdout)
print(repr(subprocess.check_output(["printf", "a\\r\\nb\\rc"], text=True)))
print(repr(subprocess.check_output(["printf", "a\\r\\nb"], universal_newlines=True)))
print(subprocess.check_output("echo shell", shell=True), subprocess.check_output(["cat"], input=b"in"))
sys.stdout.flush()
r = subprocess.run(["echo", "x"])
print(r, r.stdout, r.check_returncode())

try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(repr(e), e, e.returncode, e.output, e.stdout, e.stderr, e.cmd)
try:
    subprocess.run(["sh", "-c", "echo partial; exit 3"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(repr(e), e, e.stdout, e.stderr)
try:
    subprocess.check_output("exit 2", shell=True)
except subprocess.CalledProcessError as e:
    print(repr(e), e, e.output)
print(subprocess.CalledProcessError(-9, ["x"]), subprocess.CalledProcessError(-99, "y"))
print(subprocess.TimeoutExpired(["c"], 1.5), repr(subprocess.TimeoutExpired("c", 2, b"o")))
print(isinstance(subprocess.TimeoutExpired("c", 1), subprocess.SubprocessError), subprocess.PIPE,
      subprocess.STDOUT, subprocess.DEVNULL)

try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.stdout, e.stderr)
p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(repr(e), e)
print(p.poll(), p.returncode)
p.terminate()
print(p.wait(), p.returncode, p.poll())
p = subprocess.Popen(["sleep", "5"])
p.kill()
print(p.wait(), repr(p) == f"<Popen: returncode: -9 args: ['sleep', '5']>", p.pid > 0)

try:
    subprocess.run(["/nonexistent/program", "x"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
try:
    subprocess.run(["ls"], cwd="/nonexistent-dir")
except FileNotFoundError as e:
    print(type(e).__name__, e)

d = tempfile.mkdtemp()
print(subprocess.run(["pwd"], cwd=d, capture_output=True, text=True).stdout.strip() == os.path.realpath(d))
print(subprocess.run(["sh", "-c", "echo $FOO-$HOME"], env={"FOO": "bar", "PATH": os.environ["PATH"]},
                     capture_output=True).stdout)
with open(os.path.join(d, "out.txt"), "wb") as f:
    print(subprocess.run(["sh", "-c", "echo to file; sleep 0.05; echo e >&2"], stdout=f, stderr=subprocess.STDOUT).returncode)
with open(os.path.join(d, "out.txt")) as f:
    print(repr(f.read()))
with open(os.path.join(d, "out.txt"), "rb") as f:
    print(subprocess.run(["wc", "-c"], stdin=f, capture_output=True).stdout.strip())
os.remove(os.path.join(d, "out.txt"))
os.rmdir(d)

with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    out, err = p.communicate("line1\nline2\n", timeout=5)
    print(repr(out), err, p.returncode)
with subprocess.Popen(["sh", "-c", "printf 'a\\nb\\n'"], stdout=subprocess.PIPE) as p:
    print(list(p.stdout), type(p.stdout).__name__)
with subprocess.Popen(["sh", "-c", "cat; echo done >&2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                      stderr=subprocess.PIPE) as p:
    p.stdin.write(b"written ")
    print(p.communicate(b"and communicated"))
big = subprocess.run(["sh", "-c", "head -c 300000 /dev/zero; head -c 200000 /dev/zero >&2"], capture_output=True)
print(len(big.stdout), len(big.stderr))
print(subprocess.call(["true"]), subprocess.call("exit 5", shell=True), subprocess.check_call(["true"]))
print(subprocess.getstatusoutput("echo x; exit 4"), subprocess.getoutput("echo y"))
print(subprocess.run(["echo", "quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True))
p = subprocess.Popen(["sleep", "3"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("timeout", e)
p.kill()
print(p.communicate(), p.returncode)
for bad in (dict(stdin=subprocess.PIPE, input=b"x"), dict(capture_output=True, stdout=subprocess.PIPE)):
    try:
        subprocess.run(["true"], **bad)
    except ValueError as e:
        print(e)
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
