"""Unix shell-style wildcard matching: *, ?, [seq] and [!seq], compiled to regular expressions."""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Matches after os.path.normcase on both sides (a no-op on POSIX)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        regex = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """The names that match pat, in their order."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Matches case-sensitively, without normcase."""
    return _compile_pattern(pat)(name) is not None


# Marks a run of '*' between the literal pieces while translating.
_STAR = object()


def _translate_set(pat, start, end):
    """The body of a [...] set between start and end, as a regex class body (None: matches nothing)."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # Split into ranges, dropping empty ones (b-a) by merging their neighbours.
        chunks = []
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            chunks.append(pat[start:k])
            start = k + 1
            k = k + 3
        tail = pat[start:end]
        if tail:
            chunks.append(tail)
        else:
            chunks[-1] += '-'
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        body = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
    # Characters that a future re may give set-operation meanings.
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return None
    if body == '!':
        return '.'
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in ('^', '['):
        return '[\\' + body + ']'
    return '[' + body + ']'


def translate(pat):
    """The regular expression (as a str) that matches what the shell pattern pat matches."""
    pieces = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append('\\[')
            else:
                piece = _translate_set(pat, i, j)
                pieces.append('(?!)' if piece is None else piece)
                i = j + 1
        else:
            pieces.append(re.escape(c))

    # Every star but the last matches lazily up to the next literal run, inside an atomic
    # group so that a failed match does not backtrack through all the splits.
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    return fr"(?s:{''.join(out)})\Z"
