"""Miscellaneous WSGI-related Utilities"""
import posixpath

__all__ = [
    'FileWrapper', 'guess_scheme', 'application_uri', 'request_uri',
    'shift_path_info', 'setup_testing_defaults',
]

_HOP_BY_HOP = frozenset((
    'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization',
    'te', 'trailers', 'transfer-encoding', 'upgrade',
))


class FileWrapper:
    """Wrapper to convert file-like objects to iterables"""

    def __init__(self, filelike, blksize=8192):
        self.filelike = filelike
        self.blksize = blksize
        if hasattr(filelike, 'close'):
            self.close = filelike.close

    def __iter__(self):
        return self

    def __next__(self):
        block = self.filelike.read(self.blksize)
        if not block:
            raise StopIteration
        return block


def guess_scheme(environ):
    """Return a guess for whether 'wsgi.url_scheme' should be 'http' or 'https'
    """
    return 'https' if environ.get("HTTPS") in ('yes', 'on', '1') else 'http'


def application_uri(environ):
    """Return the application's base URI (no PATH_INFO or QUERY_STRING)"""
    from urllib.parse import quote
    scheme = environ['wsgi.url_scheme']
    host = environ.get('HTTP_HOST')
    if not host:
        host = environ['SERVER_NAME']
        port = environ['SERVER_PORT']
        if port != ('443' if scheme == 'https' else '80'):
            host += ':' + port
    return scheme + '://' + host + quote(environ.get('SCRIPT_NAME') or '/', encoding='latin1')


def request_uri(environ, include_query=True):
    """Return the full request URI, optionally including the query string"""
    from urllib.parse import quote
    url = application_uri(environ)
    path = quote(environ.get('PATH_INFO', ''), safe='/;=,', encoding='latin1')
    # Without a SCRIPT_NAME the application URI already ends in the path's leading '/'.
    url += path if environ.get('SCRIPT_NAME') else path[1:]
    if include_query and environ.get('QUERY_STRING'):
        url += '?' + environ['QUERY_STRING']
    return url


def shift_path_info(environ):
    """Shift a name from PATH_INFO to SCRIPT_NAME, returning it

    If there are no remaining path segments in PATH_INFO, return None.
    Note: 'environ' is modified in-place; use a copy if you need to keep
    the original PATH_INFO or SCRIPT_NAME.
    """
    path_info = environ.get('PATH_INFO', '')
    if not path_info:
        return None
    parts = path_info.split('/')
    # Empty and '.' segments go, except the last one, which tells '/x' from '/x/'.
    parts[1:-1] = [p for p in parts[1:-1] if p and p != '.']
    name = parts[1]
    del parts[1]
    script_name = posixpath.normpath(environ.get('SCRIPT_NAME', '') + '/' + name)
    if script_name.endswith('/'):
        script_name = script_name[:-1]
    # '/x/' and '/x' stay distinguishable: an empty name leaves a trailing '/' on SCRIPT_NAME.
    if not name and not script_name.endswith('/'):
        script_name += '/'
    environ['SCRIPT_NAME'] = script_name
    environ['PATH_INFO'] = '/'.join(parts)
    return None if name == '.' else name


def setup_testing_defaults(environ):
    """Update 'environ' with trivial defaults for testing purposes

    This adds the variables WSGI requires and all of the wsgi.* variables,
    without replacing any that are already set.
    """
    environ.setdefault('SERVER_NAME', '127.0.0.1')
    environ.setdefault('SERVER_PROTOCOL', 'HTTP/1.0')
    environ.setdefault('HTTP_HOST', environ['SERVER_NAME'])
    environ.setdefault('REQUEST_METHOD', 'GET')
    if 'SCRIPT_NAME' not in environ and 'PATH_INFO' not in environ:
        environ.setdefault('SCRIPT_NAME', '')
        environ.setdefault('PATH_INFO', '/')
    environ.setdefault('wsgi.version', (1, 0))
    environ.setdefault('wsgi.run_once', 0)
    environ.setdefault('wsgi.multithread', 0)
    environ.setdefault('wsgi.multiprocess', 0)
    from io import BytesIO, StringIO
    environ.setdefault('wsgi.input', BytesIO())
    environ.setdefault('wsgi.errors', StringIO())
    environ.setdefault('wsgi.url_scheme', guess_scheme(environ))
    scheme = environ['wsgi.url_scheme']
    if scheme == 'http':
        environ.setdefault('SERVER_PORT', '80')
    elif scheme == 'https':
        environ.setdefault('SERVER_PORT', '443')


def is_hop_by_hop(header_name):
    """Return true if 'header_name' is an HTTP/1.1 "Hop-by-Hop" header"""
    return header_name.lower() in _HOP_BY_HOP
