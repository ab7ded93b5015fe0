"""Token constants."""

# The token types of Python 3.11 in number order, each with the exact text of
# the operators that have one.
_TOKENS = [
    ('ENDMARKER', None), ('NAME', None), ('NUMBER', None), ('STRING', None),
    ('NEWLINE', None), ('INDENT', None), ('DEDENT', None),
    ('LPAR', '('), ('RPAR', ')'), ('LSQB', '['), ('RSQB', ']'), ('COLON', ':'),
    ('COMMA', ','), ('SEMI', ';'), ('PLUS', '+'), ('MINUS', '-'), ('STAR', '*'),
    ('SLASH', '/'), ('VBAR', '|'), ('AMPER', '&'), ('LESS', '<'), ('GREATER', '>'),
    ('EQUAL', '='), ('DOT', '.'), ('PERCENT', '%'), ('LBRACE', '{'), ('RBRACE', '}'),
    ('EQEQUAL', '=='), ('NOTEQUAL', '!='), ('LESSEQUAL', '<='), ('GREATEREQUAL', '>='),
    ('TILDE', '~'), ('CIRCUMFLEX', '^'), ('LEFTSHIFT', '<<'), ('RIGHTSHIFT', '>>'),
    ('DOUBLESTAR', '**'), ('PLUSEQUAL', '+='), ('MINEQUAL', '-='), ('STAREQUAL', '*='),
    ('SLASHEQUAL', '/='), ('PERCENTEQUAL', '%='), ('AMPEREQUAL', '&='), ('VBAREQUAL', '|='),
    ('CIRCUMFLEXEQUAL', '^='), ('LEFTSHIFTEQUAL', '<<='), ('RIGHTSHIFTEQUAL', '>>='),
    ('DOUBLESTAREQUAL', '**='), ('DOUBLESLASH', '//'), ('DOUBLESLASHEQUAL', '//='),
    ('AT', '@'), ('ATEQUAL', '@='), ('RARROW', '->'), ('ELLIPSIS', '...'),
    ('COLONEQUAL', ':='), ('OP', None), ('AWAIT', None), ('ASYNC', None),
    ('TYPE_IGNORE', None), ('TYPE_COMMENT', None), ('SOFT_KEYWORD', None),
    ('ERRORTOKEN', None),
    # These aren't used by the C tokenizer but are needed for tokenize.py
    ('COMMENT', None), ('NL', None), ('ENCODING', None),
]

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']
for _number, (_name, _text) in enumerate(_TOKENS):
    globals()[_name] = _number
    __all__.append(_name)
N_TOKENS = len(_TOKENS)
NT_OFFSET = 256
__all__ += ['N_TOKENS', 'NT_OFFSET']

tok_name = {number: name for number, (name, _text) in enumerate(_TOKENS)}
tok_name[N_TOKENS] = 'N_TOKENS'
tok_name[NT_OFFSET] = 'NT_OFFSET'

EXACT_TOKEN_TYPES = dict(sorted((text, number) for number, (_name, text) in enumerate(_TOKENS)
                                if text is not None))

del _number, _name, _text


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
