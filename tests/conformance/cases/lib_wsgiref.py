# wsgiref.util and wsgiref.headers: environ helpers, URIs, path shifting, the Headers mapping.
from wsgiref import util, headers
from wsgiref.util import setup_testing_defaults, request_uri, application_uri, shift_path_info, guess_scheme, FileWrapper, is_hop_by_hop
from wsgiref.headers import Headers
import io
env = {}
setup_testing_defaults(env)
print(sorted((k, v) for k, v in env.items() if not k.startswith('wsgi.')), env['wsgi.version'], env['wsgi.url_scheme'])
print(application_uri(env), request_uri(env))
e2 = {'wsgi.url_scheme': 'https', 'SERVER_NAME': 'ex.org', 'SERVER_PORT': '8443', 'SCRIPT_NAME': '/app x', 'PATH_INFO': '/a b/c;d=1,2', 'QUERY_STRING': 'q=1&r=2'}
print(application_uri(e2), request_uri(e2), request_uri(e2, False))
e2['SERVER_PORT'] = '443'; e2['SCRIPT_NAME'] = ''
print(application_uri(e2), request_uri(e2))
for p in ['/a/b/c', '/a//./b/', '/', '', '/.', '/x/', '//y']:
    e = {'SCRIPT_NAME': '/root', 'PATH_INFO': p}
    r = shift_path_info(e)
    print(repr(p), repr(r), e)
try: shift_path_info({'PATH_INFO': 'abc'})
except Exception as ex: print(type(ex).__name__, ex)
print(guess_scheme({'HTTPS': 'on'}), guess_scheme({'HTTPS': 'off'}), guess_scheme({}))
print(list(FileWrapper(io.BytesIO(b'abcdefghij'), 4)), hasattr(FileWrapper(io.BytesIO()), 'close'), hasattr(FileWrapper(iter([])), 'close'))
print(is_hop_by_hop('Connection'), is_hop_by_hop('Content-Type'), util.__all__)
h = Headers([('Content-Type', 'text/plain')])
h['X-A'] = '1'; h.add_header('Set-Cookie', 'a=b', path='/', secure=None, max_age='10')
h.add_header('content-disposition', 'attachment', filename='bud.gif')
h.add_header('X-Q', None, name='a "q" \\ b', plain='')
print(repr(h), len(h), h['content-type'], h.get('missing', 'd'), 'x-a' in h, h.keys(), h.values())
print(str(h).encode())
print(bytes(h)[:20], h.get_all('x-a'), h.setdefault('X-A', '2'), h.setdefault('X-B', '3'), h.items()[-1])
del h['X-A']; del h['nope']; print(h.keys())
for bad in [(), [('a', 1)], None]:
    try: print(Headers(bad) if bad is not None else Headers())
    except Exception as ex: print(type(ex).__name__, ex)
try: h['a'] = 5
except AssertionError as ex: print(ex)
lst = []; hh = Headers(lst); hh['A'] = 'b'; print(lst)
from wsgiref.types import StartResponse, WSGIEnvironment
print(WSGIEnvironment, StartResponse.__doc__, type[int], type[int, str].__args__)
