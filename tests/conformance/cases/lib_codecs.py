import codecs
for n in ['utf8','UTF-8','latin1','latin-1','iso-8859-1','ascii','us-ascii','utf-16','utf_16_le','UTF-16BE','utf-32','cp1252','windows-1252','mac-roman','koi8_r','unicode_escape','raw_unicode_escape','base64','hex','rot13','rot_13','zlib','utf-8-sig','iso8859-2','latin2','cp437','u8','utf','cp65001', 'nope']:
    try:
        i=codecs.lookup(n); print(n, i.name, i.incrementaldecoder, i._is_text_encoding, i.incrementalencoder.__name__, i.streamreader.__qualname__)
    except LookupError as e: print(n, 'LE', e)
print(repr(codecs.lookup('utf-8'))[:45])
for f in [lambda: codecs.encode(1,'utf-8'), lambda: codecs.decode('x','utf-8'), lambda: codecs.encode('x','utf-8','nope'), lambda: codecs.utf_8_encode(1), lambda: codecs.decode(b'!','base64'), lambda: codecs.encode('x','base64'), lambda: codecs.encode('é','ascii'), lambda: codecs.lookup('x y'), lambda: 'x'.encode('base64'), lambda: codecs.encode(b'hello', 'base64'), lambda: codecs.decode(b'aGVsbG8=\n', 'base64'), lambda: codecs.encode(b'\x01\xff', 'hex'), lambda: codecs.encode('Hello', 'rot13'), lambda: codecs.decode(codecs.encode(b'abc'*10, 'zlib'), 'zlib')]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
def s(name):
    print('search', repr(name)); return None
codecs.register(s)
for n in ['Foo Bar','FOO-bar','a  b', 'x.y']:
    try: codecs.lookup(n)
    except LookupError as e: print(e)
try: 'a'.encode('Foo Bar2')
except LookupError as e: print(e)
codecs.unregister(s)
print(codecs.BOM_UTF16, codecs.BOM, codecs.BOM_UTF32_BE, codecs.BOM32_LE, codecs.BOM64_BE, codecs.BOM_UTF8)
print(codecs.utf_8_decode(b'\xe2\x82', None, False), codecs.utf_8_decode(b'a\xe2\x82\xac', None, True))
try: codecs.utf_8_decode(b'a\xe2\x82', None, True)
except Exception as e: print(e)
print(codecs.utf_16_ex_decode(b'\xff\xfea\x00b', 'strict', 0, False))
print(codecs.utf_8_encode('é'))
print(codecs.lookup_error('strict'), codecs.strict_errors, codecs.lookup_error('strict') is codecs.strict_errors)
try: codecs.lookup_error('nope')
except LookupError as e: print(e)
print(codecs.getencoder('utf-8'), codecs.getdecoder('latin1'))
print(codecs.getincrementaldecoder('utf-8'))
print(codecs.getreader('utf-8'), codecs.getwriter('utf-8'))
print(codecs.replace_errors(UnicodeEncodeError('ascii','aéb',1,2,'x')))
print(codecs.backslashreplace_errors(UnicodeDecodeError('ascii',b'a\xffb',1,2,'x')))
try: codecs.strict_errors(UnicodeDecodeError('ascii',b'a\xffb',1,2,'x'))
except UnicodeDecodeError as e: print('raised', e)
try: codecs.replace_errors(ValueError())
except TypeError as e: print(e)
print(codecs.namereplace_errors(UnicodeEncodeError('ascii','aéb',1,2,'x')))
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii','aéb',1,2,'x')))
print(codecs.ignore_errors(UnicodeDecodeError('ascii',b'a\xffb',1,2,'x')))
print(codecs.lookup_error('surrogateescape')(UnicodeDecodeError('utf-8',b'a\xffb',1,2,'x')))
print(codecs.lookup_error('surrogateescape')(UnicodeEncodeError('utf-8','a\udcffb',1,2,'x')))
print(codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-8','a\ud800b',1,2,'x')))
import codecs
for b in [b'a\\', b'a\\1', b'a\\12', b'a\\x4', b'a\\u12', b'a\\N{LAT', b'a\\\\', b'a\\n']:
  print(b, codecs.unicode_escape_decode(b, 'strict', False), codecs.raw_unicode_escape_decode(b, 'strict', False))
