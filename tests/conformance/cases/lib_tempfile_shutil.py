import tempfile, shutil, os
print(tempfile.gettempprefix(), os.path.isdir(tempfile.gettempdir()), os.path.isabs(tempfile.gettempdir()))
d = tempfile.mkdtemp(prefix='pre_', suffix='_suf')
base = os.path.basename(d)
print(os.path.isdir(d), base.startswith('pre_'), base.endswith('_suf'), len(base), os.path.dirname(d) == tempfile.gettempdir())
with tempfile.TemporaryDirectory() as td:
    print(os.path.isdir(td), os.listdir(td))
    with tempfile.NamedTemporaryFile('w+', dir=td, suffix='.txt', delete=False) as f:
        f.write('hi there')
        name = f.name
    print(os.path.dirname(name) == td, name.endswith('.txt'), open(name).read())
    with tempfile.NamedTemporaryFile(dir=td) as g:
        g.write(b'abc')
        g.flush()
        print(os.path.exists(g.name), g.name.startswith(td))
    print(os.path.exists(g.name), os.listdir(td) == [os.path.basename(name)])
    os.makedirs(os.path.join(td, 'src', 'inner'))
    for rel in ['src/a.txt', 'src/b.log', 'src/inner/c.txt']:
        with open(os.path.join(td, rel), 'w') as h:
            h.write(rel)
    print(os.path.basename(shutil.copy(name, os.path.join(td, 'src'))) == os.path.basename(name))
    shutil.copyfile(name, os.path.join(td, 'copy.txt'))
    print(open(os.path.join(td, 'copy.txt')).read())
    try:
        shutil.copyfile(name, name)
    except shutil.SameFileError as e:
        print('SameFileError', type(e).__mro__[1].__name__)
    dst = shutil.copytree(os.path.join(td, 'src'), os.path.join(td, 'dst'), ignore=shutil.ignore_patterns('*.log'))
    print(os.path.basename(dst), len(os.listdir(dst)), 'a.txt' in os.listdir(dst), sorted(os.listdir(os.path.join(dst, 'inner'))))
    try:
        shutil.copytree(os.path.join(td, 'src'), os.path.join(td, 'dst'))
    except FileExistsError as e:
        print('FileExistsError')
    shutil.copytree(os.path.join(td, 'src'), os.path.join(td, 'dst'), dirs_exist_ok=True)
    print(len(os.listdir(dst)))
    moved = shutil.move(dst, os.path.join(td, 'moved'))
    print(os.path.basename(moved), os.path.exists(dst), len(os.listdir(moved)))
    m2 = shutil.move(os.path.join(td, 'copy.txt'), moved)
    print(os.path.relpath(m2, td), os.path.exists(os.path.join(td, 'copy.txt')))
    try:
        shutil.move(os.path.join(moved, 'copy.txt'), moved)
    except shutil.Error as e:
        print('Error', str(e).endswith("copy.txt' already exists"))
    shutil.rmtree(moved)
    print(os.path.exists(moved))
    try:
        shutil.rmtree(os.path.join(td, 'nope'))
    except FileNotFoundError:
        print('FileNotFoundError')
    shutil.rmtree(os.path.join(td, 'nope'), ignore_errors=True)
    buf = []
    shutil.rmtree(os.path.join(td, 'nope'), onerror=lambda fn, p, ei: buf.append(ei[0].__name__))
    print(buf)
print(os.path.exists(td))
t = tempfile.TemporaryDirectory()
print(repr(t).startswith('<TemporaryDirectory '), os.path.isdir(t.name))
t.cleanup()
print(os.path.isdir(t.name))
os.rmdir(d)
