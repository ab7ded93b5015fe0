"""wsgiref -- a WSGI (PEP 3333) reference library.

util: helpers for environ dicts and URLs; headers: a response header list with a mapping interface.
"""
