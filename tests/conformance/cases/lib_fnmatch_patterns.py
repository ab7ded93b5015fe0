import fnmatch
for p in ['*.py', 'a?c', '[a-c]x', '[!ab]*', '[]]', '[z-a]', '[', 'a[^b]', 'x*y*z', '**']:
    print(p, fnmatch.fnmatchcase('abc.py', p), fnmatch.fnmatch('ax', p), fnmatch.fnmatch('xAyBz', p))
print(fnmatch.translate('*.py'), fnmatch.translate('a?[!b-d]'), fnmatch.translate('[x-]'))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py'], '*.py'))
