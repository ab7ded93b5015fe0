import argparse, io, sys, contextlib

def run(parser, args):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            ns = parser.parse_args(args)
        print('ok', ns)
    except SystemExit as e:
        print('exit', e.code)
        print(out.getvalue(), end='')
        print(err.getvalue(), end='')

p = argparse.ArgumentParser(prog='prog')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-n', '--num', type=int, default=3)
p.add_argument('--flag', action='store_true')
p.add_argument('--no-cache', action='store_false', dest='cache')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('-I', '--include', action='append')
p.add_argument('--tag', action='append_const', const='T', dest='tags')
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True)
for args in [['a'], ['a', 'b', '-vvv'], ['-n', '7', 'x'], ['-n7', 'x', '--flag'], ['--num=9', 'x'],
             ['x', '--no-cache', '--const', '-I', 'p', '-Iq', '--include=r'],
             ['x', '--tag', '--tag', '--ext', '1', '2', '--ext', '3'],
             ['x', '--mode', 'slow', '--no-color'], ['x', '--color'],
             ['x', '--verb', '--fla'], ['x', '--inc', 'z'],
             ['--', '-x'], ['x', '--', '-y'],
             [], ['x', 'y', 'z'], ['x', '-n', 'abc'], ['x', '--mode', 'medium'], ['x', '-n'],
             ['x', '--unknown'], ['x', '--c'], ['x', '--flag=1'], ['-vx']]:
    print(args)
    run(p, args)

q = argparse.ArgumentParser(prog='nargs')
q.add_argument('two', nargs=2, type=float)
q.add_argument('rest', nargs='*')
q.add_argument('--opt', nargs='?', const='C', default='D')
q.add_argument('--plus', nargs='+')
q.add_argument('--three', nargs=3, metavar=('A', 'B', 'C'))
for args in [['1', '2'], ['1', '2', '3', '4'], ['1'], ['1', '2', '--opt'], ['--opt', 'v', '1', '2'],
             ['1', '2', '--plus'], ['1', '2', '--plus', 'a', 'b', '--three', 'x', 'y', 'z', 'tail'],
             ['1', '2', '--three', 'x'], ['-1', '2']]:
    print(args)
    run(q, args)

r = argparse.ArgumentParser(prog='rem')
r.add_argument('cmd')
r.add_argument('args', nargs=argparse.REMAINDER)
run(r, ['ls', '-l', '--all', 'x'])
print(r.parse_known_args(['a', 'b']))
k = argparse.ArgumentParser(prog='known')
k.add_argument('--a')
print(k.parse_known_args(['--a', '1', '--b', '2', 'pos']))
print(k.parse_known_args(['-x', '--a=5']))

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('x', type=int)
neg.add_argument('-f', type=float)
run(neg, ['-5', '-f', '-2.5'])
neg2 = argparse.ArgumentParser(prog='neg2')
neg2.add_argument('-1', dest='one', action='store_true')
neg2.add_argument('x', nargs='?')
run(neg2, ['-1'])
run(neg2, ['-2'])

ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(b='x', a=1), 'a' in ns, 'c' in ns, vars(ns))
print(argparse.Namespace(**{'odd-name': 1, 'ok': 2}))
print(argparse.Namespace() != argparse.Namespace(a=1))

noabbrev = argparse.ArgumentParser(prog='na', allow_abbrev=False)
noabbrev.add_argument('--long')
run(noabbrev, ['--lon', '1'])
amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--foo')
amb.add_argument('--foobar')
run(amb, ['--fo', '1'])
run(amb, ['--foo', '1'])
plus = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
plus.add_argument('+x', action='store_true')
plus.add_argument('-y')
run(plus, ['+x', '-y', '2'])
short = argparse.ArgumentParser(prog='short')
short.add_argument('-a', action='store_true')
short.add_argument('-b', action='store_true')
short.add_argument('-c')
run(short, ['-abcfoo'])
run(short, ['-ab', '-c', 'v'])
run(short, ['-ax'])
req = argparse.ArgumentParser(prog='req')
req.add_argument('--need', required=True)
req.add_argument('pos')
run(req, [])
d = argparse.ArgumentParser(prog='defs', argument_default=argparse.SUPPRESS)
d.add_argument('--a')
d.add_argument('--b', default=5)
print(d.parse_args([]), d.parse_args(['--a', '1']))
t = argparse.ArgumentParser(prog='types')
t.add_argument('--n', type=int, default='12')
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError('%r is odd' % v)
    return v
t.add_argument('--e', type=even)
print(t.parse_args([]))
run(t, ['--e', '3'])
run(t, ['--e', '4'])
t.set_defaults(extra='yes', n=99)
print(t.parse_args([]), t.get_default('n'), t.get_default('extra'), t.get_default('zz'))
print(p.parse_args(['y'], namespace=argparse.Namespace(pre=1)))
