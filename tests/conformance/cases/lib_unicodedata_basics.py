import unicodedata as u
print(u.unidata_version)
for ch in ['a', 'Z', '1', ' ', '\u00e9', '\u20ac', '\u4e00', '\U0001F600', '\u0301', '\u2028', '\x00', '_', '-', '(', '\u00bd', '\u2160']:
    print(repr(ch), u.category(ch), u.name(ch, None))
print(u.lookup('LATIN SMALL LETTER A'), u.lookup('snowman'), ascii(u.lookup('GRINNING FACE')))
try:
    u.lookup('NO SUCH THING')
except KeyError as e:
    print('KeyError', e)
try:
    u.name('\x00')
except ValueError as e:
    print('ValueError', e)
print(u.name('\x00', 'dflt'))
for ch in ['7', '\u0663', '\u00b2', '\u00bd', '\u2160', '\u4e09', 'x']:
    print(repr(ch), u.numeric(ch, None), u.digit(ch, None), u.decimal(ch, None))
for f, e in [(u.numeric, 'x'), (u.digit, '\u00bd'), (u.decimal, '\u00b2')]:
    try:
        f(e)
    except ValueError as err:
        print(f.__name__, err)
s = 'Cafe\u0301 \ufb01 \u2460 \u00c5'
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    n = u.normalize(form, s)
    print(form, ascii(n), len(n), u.is_normalized(form, s), u.is_normalized(form, n))
try:
    u.normalize('NFX', 'a')
except ValueError as e:
    print(e)
try:
    u.category('ab')
except TypeError as e:
    print(e)
print(u.normalize('NFC', ''), u.name(u.lookup('CJK UNIFIED IDEOGRAPH-4E00')))
for ch in ['\u5146', '\u2189', '\u0f33', '\U00012432', '\u2469', '\u00b9']:
    print(hex(ord(ch)), u.numeric(ch, None), u.digit(ch, None), u.decimal(ch, None))
print([u.combining(c) for c in 'a\u0301\u0327\u05b0\u3099'])
print(ascii(u.normalize('NFD', '\u1e9b\u0323')), ascii(u.normalize('NFKD', '\u1e9b\u0323')), ascii(u.normalize('NFC', '\u1e9b\u0323')), ascii(u.normalize('NFKC', '\u1e9b\u0323')))
print(ascii(u.normalize('NFD', '\uac00\ud7a3')), ascii(u.normalize('NFC', '\u1100\u1161\u11a8')), ascii(u.normalize('NFC', 'a\ud800\u0301')))
print(ascii(u.normalize('NFC', 'o\u0308\u0304')), ascii(u.normalize('NFC', 'q\u0307\u0323')), u.is_normalized('NFC', '\u212b'), ascii(u.normalize('NFC', '\u212b')))
try:
    u.combining('')
except TypeError as e:
    print(e)
for ch in ['a', '\u05d0', '\u0627', '1', '\u0661', '(', ' ', '\u0301', '\u4e00', '\uff21', '\uff71', '\u00e9', '\u2028', '\u200f', '\U0001F600']:
    print(hex(ord(ch)), u.bidirectional(ch), u.east_asian_width(ch), u.mirrored(ch))
try:
    u.mirrored(1)
except TypeError as e:
    print(e)
