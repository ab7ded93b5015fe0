import token, colorsys, sched, keyword

print(token.NAME, token.OP, token.NT_OFFSET, token.N_TOKENS, token.COMMENT, token.ENCODING, token.ERRORTOKEN, token.SOFT_KEYWORD)
print(list(token.tok_name.items())[:5], list(token.tok_name.items())[-3:], len(token.tok_name))
print(token.EXACT_TOKEN_TYPES)
print(token.__all__)
print(token.ISTERMINAL(5), token.ISTERMINAL(300), token.ISNONTERMINAL(256), token.ISEOF(0), token.ISEOF(1))
print(keyword.kwlist, keyword.softkwlist, keyword.iskeyword('if'), keyword.issoftkeyword('match'))

samples = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.2, 0.4, 0.4), (0.9, 0.1, 0.5), (0.3, 0.7, 0.1),
           (0.5, 0.5, 0.6), (0.123, 0.456, 0.789), (0.99, 0.98, 0.01)]
for rgb in samples:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, hls, hsv)
    print(colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0, 1.2, -0.1]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.6), colorsys.hls_to_rgb(h, 0.7, 0.6))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, -1.0), colorsys.__all__)

clock = [0.0]
log = []
def now():
    return clock[0]
def sleep(d):
    log.append(('sleep', d))
    clock[0] += d
s = sched.scheduler(now, sleep)
def act(name, *extra, **kw):
    log.append((name, clock[0], extra, kw))
e1 = s.enter(5, 1, act, ('five',))
e2 = s.enter(2, 2, act, ('two-low',))
e3 = s.enter(2, 1, act, ('two-high',), {'k': 1})
e4 = s.enterabs(3, 0, act, argument=('abs3', 'x'))
e5 = s.enter(10, 0, act, ('cancelled',))
print(e3._replace(action=None))
print(e3.time, e3.priority, e3.sequence, e3.argument, e3.kwargs, e1 < e2, s.empty())
s.cancel(e5)
print([ev.argument[0] for ev in s.queue])
print(s.run(blocking=False), log)
log.clear()
s.run()
print(log, s.empty(), s.queue)
try:
    s.cancel(e1)
except ValueError as e:
    print('ValueError', e)
print(sched.Event._fields, sched.Event.time.__doc__.splitlines()[0], sched.__all__)
