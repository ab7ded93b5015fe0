"""Child processes: run, Popen and their helpers (this implementation's module over the native _subprocess)."""
import io
import os
import sys
import threading
import time
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output", "run",
           "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = _subprocess.PIPE
STDOUT = _subprocess.STDOUT
DEVNULL = _subprocess.DEVNULL
_mswindows = os.name == "nt"

# The Linux signal names, for the message of a CalledProcessError whose child a signal ended.
_SIGNALS = {1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE",
            9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM",
            17: "SIGCHLD", 18: "SIGCONT", 19: "SIGSTOP", 20: "SIGTSTP", 21: "SIGTTIN", 22: "SIGTTOU"}


# CalledProcessError and TimeoutExpired call their captured output both output and stdout.
_OUTPUT_AS_STDOUT = property(lambda self: self.output, lambda self, value: setattr(self, "output", value))


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised by check_call, check_output and run(check=True) when the child's exit status is not zero."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNALS.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = _OUTPUT_AS_STDOUT


class TimeoutExpired(SubprocessError):
    """Raised when a child is still running when the timeout given to wait, communicate or run ends."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _OUTPUT_AS_STDOUT


class CompletedProcess:
    """What run() returns: the args, the exit status and the captured output."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            parts.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            parts.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(parts))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _stream_code(value, name):
    if value is None or value in (PIPE, DEVNULL) or (value == STDOUT and name == "stderr"):
        return value
    if isinstance(value, int):
        if value < 0:
            raise ValueError(f"bad value for {name}: {value}")
        return value
    return value.fileno()


class Popen:
    """A child process, with its standard streams as file objects when they are PIPEs."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.encoding = encoding
        self.errors = errors
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are supplied but "
                                  "different. Pass one or the other.")
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self._communication_started = False
        self._output = None
        argv = self._argv(args, executable, shell)
        if cwd is not None:
            cwd = os.fsdecode(cwd)
        pairs = None if env is None else [(os.fsdecode(k), os.fsdecode(v)) for k, v in env.items()]
        self._child = _subprocess.spawn(argv, cwd, pairs, _stream_code(stdin, "stdin"),
                                        _stream_code(stdout, "stdout"), _stream_code(stderr, "stderr"))
        self.pid = self._child.pid
        stdin_fd, stdout_fd, stderr_fd = self._child.descriptors
        if stdin_fd is not None:
            self.stdin = io.open(stdin_fd, "wb", bufsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, write_through=True, line_buffering=bufsize == 1,
                                              encoding=encoding, errors=errors)
        if stdout_fd is not None:
            self.stdout = self._reader(stdout_fd, bufsize)
        if stderr_fd is not None:
            self.stderr = self._reader(stderr_fd, bufsize)

    def _reader(self, fd, bufsize):
        if self.text_mode:
            return io.open(fd, "r", encoding=self.encoding or "utf-8", errors=self.errors)
        return io.open(fd, "rb", bufsize)

    @staticmethod
    def _argv(args, executable, shell):
        if isinstance(args, (str, bytes)) or isinstance(args, os.PathLike):
            args = [args]
        else:
            args = list(args)
        if shell:
            if _mswindows:
                comspec = os.environ.get("ComSpec", "cmd.exe")
                args = [comspec, "/c", " ".join(os.fsdecode(a) for a in args)]
            else:
                args = ["/bin/sh", "-c"] + args
        if executable is not None:
            args[0] = executable
        return [os.fsdecode(a) for a in args]

    def __repr__(self):
        return f"<{type(self).__name__}: returncode: {self.returncode} args: {self.args!r}>"

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr):
            if stream:
                stream.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def poll(self):
        if self.returncode is None:
            self.returncode = self._child.poll()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            code = self._child.wait(timeout)
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def send_signal(self, sig):
        if self.poll() is None:
            self._child.send_signal(sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if timeout is None and not self._communication_started and \
                [self.stdin, self.stdout, self.stderr].count(None) >= 2:
            stdout = stderr = None
            if self.stdin:
                self._feed(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr
        deadline = None if timeout is None else time.monotonic() + timeout
        if not self._communication_started:
            self._communication_started = True
            self._start_threads(input)
        for thread in self._threads:
            thread.join(None if deadline is None else max(0, deadline - time.monotonic()))
            if thread.is_alive():
                raise TimeoutExpired(self.args, timeout)
        stdout, stderr = (self._finish(chunks) for chunks in self._output)
        self.wait(None if deadline is None else max(0, deadline - time.monotonic()))
        return stdout, stderr

    def _feed(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def _feed_descriptor(self, data):
        # os.write lets the engine's other threads run while the pipe is full; the file object's write would not.
        fd = self.stdin.fileno()
        view = memoryview(data or b"")
        try:
            while view:
                view = view[os.write(fd, view):]
        except BrokenPipeError:
            pass
        self.stdin.close()

    def _start_threads(self, input):
        # Threads read the pipes whole, so a child filling one pipe never waits on another.
        self._output = [None if self.stdout is None else [], None if self.stderr is None else []]
        self._threads = []
        if self.stdin:
            data = input.encode(self.encoding or "utf-8", self.errors or "strict") \
                if self.text_mode and input is not None else input
            self._threads.append(threading.Thread(target=self._feed_descriptor, args=(data,), daemon=True))
        for stream, chunks in ((self.stdout, self._output[0]), (self.stderr, self._output[1])):
            if stream is not None:
                self._threads.append(threading.Thread(target=self._drain, args=(stream, chunks), daemon=True))
        for thread in self._threads:
            thread.start()

    @staticmethod
    def _drain(stream, chunks):
        fd = stream.fileno()
        while True:
            data = os.read(fd, 65536)
            if not data:
                break
            chunks.append(data)
        stream.close()

    def _finish(self, chunks):
        if chunks is None:
            return None
        data = b"".join(chunks)
        if not self.text_mode:
            return data
        text = data.decode(self.encoding or "utf-8", self.errors or "strict")
        return text.replace("\r\n", "\n").replace("\r", "\n")


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.stdout, exc.stderr = process.communicate()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        # As CPython: input=None means empty input, not an inherited stdin.
        kwargs["input"] = "" if kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") \
            or kwargs.get("errors") else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]

