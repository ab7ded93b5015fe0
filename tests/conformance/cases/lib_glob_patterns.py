import glob, os
from pathlib import Path
b = Path('lib_glob_tmp')
(b / 'sub' / 'deep').mkdir(parents=True, exist_ok=True)
for n in ['a.py', 'b.txt', '.hidden.py', 'sub/c.py', 'sub/deep/d.py']:
    (b / n).write_text('x')
print(sorted(glob.glob('lib_glob_tmp/*.py')))
print(sorted(glob.glob('lib_glob_tmp/*.py', include_hidden=True)))
print(sorted(glob.glob('lib_glob_tmp/**/*.py', recursive=True)))
print(sorted(glob.glob('lib_glob_tmp/**', recursive=True)))
print(sorted(glob.glob('lib_glob_tmp/**/', recursive=True)))
print(sorted(glob.glob('lib_glob_tmp/*/')))
print(sorted(glob.glob('*', root_dir='lib_glob_tmp')))
print(sorted(glob.iglob('lib_glob_tmp/s?b/*')), glob.glob('lib_glob_tmp/nope*'), glob.glob('lib_glob_tmp/a.py'), glob.glob('lib_glob_tmp/zz.py'))
print(glob.escape('a*b?[c]'), glob.has_magic('a[b'), glob.has_magic('abc'))
for p in sorted(b.rglob('*'), key=lambda p: -len(p.parts)):
    p.unlink() if p.is_file() else p.rmdir()
b.rmdir()
