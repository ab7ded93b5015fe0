import configparser, io
text = """
# comment
[DEFAULT]
base = /srv
Debug = yes

[server]
host = localhost
port: 8080
path = %(base)s/app
pct = 100%%
multi = first
    second

    third
ratio = 0.5
; another comment
[empty]
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.options('server'))
print(cp.get('server', 'path'), cp.get('server', 'pct'), repr(cp.get('server', 'multi')))
print(cp.getint('server', 'port'), cp.getfloat('server', 'ratio'), cp.getboolean('server', 'debug'))
print(cp.get('server', 'path', raw=True), cp.get('server', 'nope', fallback='fb'), cp.getint('nosect', 'x', fallback=7))
print(cp.get('server', 'path', vars={'base': '/opt'}))
print(cp.items('server'))
print(cp.items('server', raw=True)[:2])
print(list(cp), len(cp), 'server' in cp, 'x' in cp, cp['server']['host'], cp['DEFAULT']['base'])
print(list(cp['server']), len(cp['server']), 'host' in cp['server'], cp['server'].get('missing'), cp['server'].getint('port'))
print(cp['server'], cp['server'].name, cp['server'].parser is cp)
print(cp.has_section('server'), cp.has_section('DEFAULT'), cp.has_option('server', 'BASE'), cp.has_option(None, 'debug'), cp.has_option('zz', 'a'))
for call in [lambda: cp.get('nosect', 'a'), lambda: cp.get('server', 'nope'), lambda: cp.add_section('server'),
             lambda: cp.add_section('DEFAULT'), lambda: cp.add_section(5), lambda: cp.set('server', 'x', 5),
             lambda: cp.set('zz', 'x', '1'), lambda: cp.getint('server', 'host'), lambda: cp.getboolean('server', 'host'),
             lambda: cp['nosect'], lambda: cp.set('server', 'bad', '50%'), lambda: cp.remove_option('zz', 'a'),
             lambda: cp.options('zz'), lambda: cp.items('zz')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e, e.args)
cp.set('server', 'bad', '%(missing)s')
cp.set('server', 'loop', '%(loop)s')
for opt in ['bad', 'loop']:
    try:
        cp.get('server', opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, e)
cp.remove_option('server', 'bad')
cp.remove_option('server', 'loop')
cp.add_section('new')
cp.set('new', 'key', 'v1')
cp['other'] = {'a': 1, 'b': 'two'}
print(cp.remove_section('empty'), cp.remove_section('empty'), cp.remove_option('new', 'nokey'))
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue()[:40])
del cp['other']
try:
    del cp['DEFAULT']
except ValueError as e:
    print(e)
bad = configparser.ConfigParser()
for t in ["key = v\n", "[a]\nx=1\n[a]\n", "[a]\nx=1\nX=2\n", "[a]\nnovalue\n=5\n"]:
    try:
        bad.read_string(t)
    except configparser.Error as e:
        print(type(e).__name__, repr(str(e)), e.args)
    bad = configparser.ConfigParser()
lax = configparser.ConfigParser(strict=False, allow_no_value=True, inline_comment_prefixes=(';',))
lax.read_string("[a]\nx=1\nx=2 ; note\nflag\n[a]\ny=3\n")
print(dict(lax['a']), lax.get('a', 'flag'))
ex = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ex.read_string("[paths]\nroot=/r\nlib=${root}/lib\ncost=$$5\n[app]\nhome=${paths:lib}/app\n")
print(ex['app']['home'], ex['paths']['cost'])
for v in ['${a:b:c}', '${nope}', '$x']:
    ex.set('app', 'q', v) if v != '$x' else None
    try:
        ex['app']['q'] if v != '$x' else ex.set('app', 'q', v)
        print(ex['app']['q'])
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, e)
raw = configparser.RawConfigParser(defaults={'d': '%(x)s'})
raw.add_section('s')
raw.set('s', 'n', 5)
print(raw.get('s', 'n'), raw.get('s', 'd'), raw.items('s'))
d = configparser.ConfigParser(delimiters=('->',), comment_prefixes=('//',), default_section='common')
d.read_dict({'common': {'k': 'v'}, 's': {'a': 'b'}})
out = io.StringIO(); d.write(out); print(repr(out.getvalue()))
d.read_string("[t]\n// c\nx -> y\n")
print(d['t']['x'], d['t']['k'], sorted(configparser.RawConfigParser.BOOLEAN_STATES))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
cc = configparser.ConfigParser(converters={'list': lambda v: v.split(',')})
cc.read_string('[s]\nl=a,b\n')
print(cc.getlist('s', 'l'), cc.getlist('s', 'zz', fallback=[]))
