import argparse, io, contextlib

def show(parser, args=('-h',)):
    out = io.StringIO()
    err = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            parser.parse_args(list(args))
    except SystemExit as e:
        print('[exit %s]' % e.code)
    print(out.getvalue(), end='')
    print(err.getvalue(), end='')
    print('-' * 20)

p = argparse.ArgumentParser(prog='tool', description='A tool that does things with files and more things, '
                            'described in a long sentence that must wrap over several lines.',
                            epilog='See the manual for more.')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('-o', '--output', metavar='FILE', help='where to write (default: %(default)s)', default='out')
p.add_argument('-q', action='store_true', help='quiet')
p.add_argument('--level', type=int, choices=[1, 2, 3], help='level, one of %(choices)s')
p.add_argument('--a-very-long-option-name-indeed', help='this help starts on the next line because the name is long')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--nohelp')
p.add_argument('--version', action='version', version='%(prog)s 1.2.3')
g = p.add_argument_group('network', 'Options for the network.')
g.add_argument('--host', default='localhost', help='host name')
g.add_argument('--port', type=int, default=80, help='port %(type)s')
m = p.add_mutually_exclusive_group()
m.add_argument('--json', action='store_true', help='json output')
m.add_argument('--xml', action='store_true', help='xml output')
show(p)
show(p, ['--version'])
show(p, ['x', '--json', '--xml'])
print(repr(p.format_usage()))
p.print_usage(io.StringIO())

r = argparse.ArgumentParser(prog='req')
mg = r.add_mutually_exclusive_group(required=True)
mg.add_argument('-a', action='store_true')
mg.add_argument('-b', type=int)
show(r)
show(r, [])
single = argparse.ArgumentParser(prog='single')
sg = single.add_mutually_exclusive_group(required=True)
sg.add_argument('--only')
show(single)

s = argparse.ArgumentParser(prog='git')
s.add_argument('--debug', action='store_true')
sub = s.add_subparsers(dest='command', help='sub-command help')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
pu = sub.add_parser('push', help='send changes')
pu.add_argument('remote', nargs='?', default='origin')
pu.set_defaults(func='push-func')
show(s)
show(s, ['commit', '-h'])
print(s.parse_args(['commit', '-m', 'hi']))
print(s.parse_args(['--debug', 'ci', '-m', 'x']))
print(s.parse_args(['push']))
print(s.parse_args([]))
show(s, ['pull'])
show(s, ['commit'])
s2 = argparse.ArgumentParser(prog='s2')
sub2 = s2.add_subparsers(title='commands', description='valid commands', required=True, metavar='CMD')
sub2.add_parser('one')
sub2.add_parser('two', help='the second')
show(s2)
show(s2, [])

w = argparse.ArgumentParser(prog='a_program_with_a_rather_long_name_that_takes_space')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']:
    w.add_argument('--' + name, metavar=name.upper() * 2)
w.add_argument('positional_one')
w.add_argument('positional_two', nargs='*')
show(w)
n = argparse.ArgumentParser(prog='n', add_help=False, usage='%(prog)s [options] things')
n.add_argument('x', help='an x')
n.add_argument('y', nargs=argparse.REMAINDER)
n.add_argument('--many', nargs='*', help='zero or more')
n.add_argument('--two', nargs=2)
n.add_argument('--maybe', nargs='?')
show(n, ['--bad'])
print(n.format_help())
for fc in [argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
           argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter]:
    f = argparse.ArgumentParser(prog='fmt', formatter_class=fc, description='line one\n   indented line\n\nlast')
    f.add_argument('--num', type=int, default=4, help='a number\n  with a second line')
    f.add_argument('word', type=str, nargs='?', default='w', help='a word')
    print(f.format_help())
print(repr(argparse.ArgumentParser(prog='r', description='d')))
a = p._actions[1]
print(a)
print(argparse.FileType('w'), argparse.FileType('rb', 0, encoding='utf-8'), argparse.FileType())
e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--n', type=int)
try:
    e.parse_args(['--n', 'x'])
except argparse.ArgumentError as err:
    print('ArgumentError:', err, '|', err.argument_name, '|', err.message)
for bad in [dict(action='store', nargs=0), dict(action='bogus'), dict(type='notcallable'), dict(nargs=2, metavar=('A',)),
            dict(const=1, nargs=2)]:
    try:
        argparse.ArgumentParser().add_argument('--z', **bad)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    argparse.ArgumentParser().add_argument('pos', required=True)
except TypeError as ex:
    print('TypeError', ex)
try:
    p.add_argument('-o')
except argparse.ArgumentError as ex:
    print('ArgumentError', ex)
try:
    argparse.ArgumentParser().add_argument('x', dest='y')
except ValueError as ex:
    print('ValueError', ex)
cr = argparse.ArgumentParser(prog='cr', conflict_handler='resolve')
cr.add_argument('-x', '--xx', help='old')
cr.add_argument('-x', help='new')
print(cr.format_help())
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('own')
print(child.parse_args(['o']))
print(child.format_help())
