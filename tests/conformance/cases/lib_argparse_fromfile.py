import argparse, os, tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'args.txt')
with open(path, 'w') as f:
    f.write('--name\nfrom file\n-v\n')
inner = os.path.join(d, 'inner.txt')
with open(inner, 'w') as f:
    f.write('pos2\n')
with open(path, 'a') as f:
    f.write('@' + inner + '\n')
p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
p.add_argument('--name')
p.add_argument('-v', action='store_true')
p.add_argument('pos', nargs='*')
print(p.parse_args(['@' + path, 'pos1']))
print(p.parse_known_args(['pos0', '@' + path, '--name', 'override']))

class Splitting(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()
with open(path, 'w') as f:
    f.write('--name n1 -v\na b\n')
s = Splitting(prog='split', fromfile_prefix_chars='@')
s.add_argument('--name')
s.add_argument('-v', action='store_true')
s.add_argument('pos', nargs='*')
print(s.parse_args(['@' + path]))

im = argparse.ArgumentParser(prog='im')
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
print(im.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(im.parse_known_intermixed_args('doit 1 --foo bar 2 --zz 3'.split()))
print(im.parse_known_args('doit 1 --foo bar 2 3'.split()))

os.remove(path)
os.remove(inner)
os.rmdir(d)
