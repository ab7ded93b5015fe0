"""Temporary files and directories with unique random names."""

import io
import os
import random
import shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkdtemp",
           "gettempdir", "gettempprefix", "tempdir", "template", "TMP_MAX"]

TMP_MAX = 10000
template = "tmp"
tempdir = None


class _RandomNameSequence:
    """An endless iterator of eight-character names drawn from lowercase letters, digits and '_'."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._rng = random.Random()

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self._rng.choices(self.characters, k=8))


_names = _RandomNameSequence()


def _candidate_tempdir_list():
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    if os.name == 'nt':
        dirlist.extend([os.path.expanduser(r'~\AppData\Local\Temp'), r'c:\temp', r'c:\tmp', r'\temp', r'\tmp'])
    else:
        dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    dirlist.append(os.getcwd())
    return dirlist


def gettempdir():
    """Returns tempfile.tempdir, choosing the first existing candidate directory when unset."""
    global tempdir
    if tempdir is None:
        for d in _candidate_tempdir_list():
            if os.path.isdir(d):
                tempdir = os.path.abspath(d)
                break
        else:
            raise FileNotFoundError(2, "No usable temporary directory found in %s" % _candidate_tempdir_list())
    return tempdir


def gettempprefix():
    """The default prefix for temporary names."""
    return template


def _sanitize_params(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, os.fspath(dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory with a unique name and return its absolute path."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + next(_names) + suffix)
        if os.path.exists(file):
            continue
        os.mkdir(file)
        return os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def _create_named(mode, buffering, encoding, newline, errors, suffix, prefix, dir):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    create_mode = mode.replace('w', 'x').replace('a', 'x')
    if 'x' not in create_mode:
        create_mode = 'x' + create_mode.replace('r', '')
        if '+' not in create_mode:
            create_mode += '+'
    for _ in range(TMP_MAX):
        name = os.path.abspath(os.path.join(dir, prefix + next(_names) + suffix))
        try:
            f = io.open(name, create_mode, buffering, encoding, errors, newline)
        except FileExistsError:
            continue
        return name, f
    raise FileExistsError(17, "No usable temporary file name found")


class _TemporaryFileWrapper:
    """A file object with a name that removes its file on close when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete and os.path.exists(self.name):
                os.unlink(self.name)

    @property
    def closed(self):
        return self.file.closed


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name, removed when closed if delete is true."""
    name, f = _create_named(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file removed when closed."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True, errors=errors)


class TemporaryDirectory:
    """A temporary directory removed, with its contents, by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
