from pathlib import PurePosixPath as P, PureWindowsPath as W, PurePath, Path
import os
p = P('/usr/lib/python3.11/site.tar.gz')
print(p, repr(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.parent, p.anchor, p.root, repr(p.drive))
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], repr(p.parents))
print(P('a/b') / 'c' / P('d'), 'x' / P('y'), P('a').joinpath('b', 'c'), P('a', '/b', 'c'), P('//x/y'), P('///x'), P(''), P('.'), P('a/./b/../c'))
print(p.with_name('x.py'), p.with_suffix('.bz2'), p.with_suffix(''), p.with_stem('s'), P('a/.bashrc').suffix, P('a/b.').suffix, P('a/b.').suffixes)
print(P('/a/b/c').relative_to('/a'), P('/a/b').relative_to('/'), P('a/b').is_relative_to('a'), P('a/b').is_relative_to('b'))
for f in [lambda: P('/a/b').relative_to('/c'), lambda: P('a').relative_to('/a'), lambda: P('/').with_name('x'), lambda: p.with_name('a/b'),
          lambda: p.with_suffix('x'), lambda: p.with_suffix('.'), lambda: P('a').match(''), lambda: P(5), lambda: P('a').relative_to()]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(P('/a').is_absolute(), P('a').is_absolute(), P('a/b.py').match('*.py'), P('/a/b.py').match('/*.py'), P('/a/b.py').match('a/*.py'), P('a/b.py').match('c/*.py'))
print(P('a') == P('a'), P('a') == W('a'), P('a') < P('b'), sorted([P('b'), P('a/c'), P('a')]), hash(P('a/b')) == hash(P('a/b')), P('a/b').as_posix(), str(P('/')), P('/').name, P('/').parent)
print(P('/a b').as_uri(), os.fspath(P('x/y')), P('x').__bytes__())
w = W('C:/Users\\me/file.TXT')
print(w, repr(w), w.parts, w.drive, w.root, w.anchor, w.name, w.suffix, w.parent, w.is_absolute(), W('c:x').is_absolute(), W('/x').is_absolute())
print(W('//server/share/dir/f'), W('//server/share/dir/f').drive, W('c:/a', '/b'), W('c:/a', 'd:b'), W('a') == W('A'), W('C:/A/b').relative_to('c:/a'), W('x/NUL.txt').is_reserved(), W('x.txt').is_reserved())
print(W('c:/a/b').match('*.B') , W('c:/a/b.py').match('B.PY'), W('c:/a').as_uri(), W('c:/a').with_name('z'))
print(type(PurePath('a')).__name__, type(Path('a')).__name__, isinstance(Path('a'), PurePath), Path('a') == P('a'))
