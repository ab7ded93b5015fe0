import os, pathlib
from pathlib import Path
base = Path('lib_pathlib_io_tmp')
base.mkdir(exist_ok=True)
print(base.exists(), base.is_dir(), base.is_file())
(base / 'sub' / 'deep').mkdir(parents=True, exist_ok=True)
f = base / 'a.txt'
print(f.write_text('hello\nworld'), f.read_text(), f.is_file(), f.exists())
print((base / 'b.bin').write_bytes(b'\x00\x01'), (base / 'b.bin').read_bytes())
(base / 'sub' / 'c.txt').write_text('c')
(base / 'sub' / 'deep' / 'd.txt').write_text('d')
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p) for p in base.glob('*.txt')))
print(sorted(str(p) for p in base.glob('*/*.txt')))
print(sorted(str(p) for p in base.rglob('*.txt')))
print(sorted(str(p) for p in base.glob('**/*.txt')))
print(sorted(str(p) for p in base.glob('**')))
for fn in [lambda: base.mkdir(), lambda: (base / 'x' / 'y').mkdir(), lambda: (base / 'nope').unlink(), lambda: (base / 'nope').read_text(), lambda: f.write_text(5), lambda: list(base.glob('')), lambda: list(base.glob('/x'))]:
    try:
        fn()
    except (OSError, TypeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
(base / 'nope').unlink(missing_ok=True)
r = f.rename(base / 'renamed.txt')
print(r, r.exists(), f.exists())
t = base / 't'
t.touch()
print(t.exists(), t.read_text() == '')
print(Path.cwd() == Path(os.getcwd()), Path('x/../y').resolve() == Path.cwd() / 'y', Path('x').absolute() == Path.cwd() / 'x', Path.home() == Path(os.path.expanduser('~')), Path('~/q').expanduser() == Path.home() / 'q')
for p in sorted(base.rglob('*'), key=lambda p: -len(p.parts)):
    if p.is_file():
        p.unlink()
    else:
        p.rmdir()
base.rmdir()
print(base.exists())
