"""JSON token scanner: the native scanner of _json, built from a decoder's settings."""
from _json import make_scanner

__all__ = ['make_scanner']
