import csv, io
def show(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    for r in rows:
        print(repr(w.writerow(r)), end=' ')
    print(repr(s.getvalue()))
show([['a\rb', 'c\nd', 'e\\f', ' x', 'q"', ''], [], [''], [None], [1, 2.5, True]])
show([['a\rb', 'c\nd', 'x,y']], lineterminator='\n')
show([['e\\f', 'a"b', 'x,y']], escapechar='\\')
show([['e\\f', 'a"b', 'x,y']], escapechar='\\', doublequote=False)
show([[1, 2.5, True, None, 'x', '', 3+1j]], quoting=csv.QUOTE_NONNUMERIC)
show([['a,b', 'q"', 'n\nx']], quoting=csv.QUOTE_NONE, escapechar='\\')
show([['a', 'b c']], dialect='unix')
show([['a,b', 'c']], quotechar=None, escapechar='/')
show([['a', 'b\tc', 'd,e']], dialect='excel-tab')
for bad in [dict(quoting=csv.QUOTE_NONE), ]:
    try:
        show([['a,b']], **bad)
    except csv.Error as e:
        print(type(e).__name__, e)
try:
    show([['']], quoting=csv.QUOTE_NONE)
except csv.Error as e:
    print(e)
try:
    show([5])
except csv.Error as e:
    print(e)
def rd(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=''), **kw)
        print([row for row in r], r.line_num)
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)
rd('a,b,c\r\n1,"2,3",4\r\n')
rd('a,"b""c",d\n\n"multi\nline",x\n')
rd('a, b,  "c"', skipinitialspace=True)
rd('"abc"def,x')
rd('"abc"def,x', strict=True)
rd('"unterminated')
rd('"unterminated', strict=True)
rd('a\\,b,c\\\nd', escapechar='\\')
rd('"a\\"b",c', escapechar='\\', doublequote=False)
rd('1,2.5,"x",\n', quoting=csv.QUOTE_NONNUMERIC)
rd('1,abc\n', quoting=csv.QUOTE_NONNUMERIC)
rd('a"b,c"d\n', quoting=csv.QUOTE_NONE)
rd('a;b;c', delimiter=';')
rd('a\0b')
print(list(csv.reader(['a,b', 'c'])))
try:
    list(csv.reader([b'a,b']))
except csv.Error as e:
    print(e)
for kw in [dict(delimiter='ab'), dict(delimiter=1), dict(quoting=9), dict(quoting='x'), dict(quotechar=None), dict(lineterminator=5), dict(delimiter=None), dict(bogus=1)]:
    try:
        csv.reader([], **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    csv.reader([], 'nope')
except csv.Error as e:
    print(e)
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
d = csv.get_dialect('semi')
print(d.delimiter, d.quotechar, d.quoting, d.doublequote, repr(d.lineterminator), d.escapechar, d.skipinitialspace, d.strict)
show([['a', 1]], dialect='semi')
csv.unregister_dialect('semi')
try:
    csv.unregister_dialect('semi')
except csv.Error as e:
    print(e)
class My(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
show([["a|b", "c'd"]], dialect=My)
class Bad(csv.Dialect):
    delimiter = '||'
try:
    Bad()
except csv.Error as e:
    print('Error', e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
rd('abcdefghijkl,x')
csv.field_size_limit(131072)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.Error.__module__, csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator))
r = csv.DictReader(io.StringIO('name,age\r\nann,30\r\n\r\nbob,40,extra\r\ncy\r\n'), restkey='rest', restval='?')
print(r.fieldnames)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(['x,y', '1,2'], fieldnames=['a', 'b'])
print(list(r))
s = io.StringIO()
w = csv.DictWriter(s, ['name', 'age'], restval='NA')
print(w.writeheader())
w.writerow({'name': 'a,b', 'age': 3})
w.writerows([{'name': 'z'}])
print(repr(s.getvalue()))
try:
    w.writerow({'name': 1, 'zz': 2})
except ValueError as e:
    print(e)
try:
    csv.DictWriter(s, ['a'], extrasaction='boom')
except ValueError as e:
    print(e)
w = csv.DictWriter(s, ['a'], extrasaction='ignore')
w.writerow({'a': 1, 'b': 2})
print(repr(s.getvalue()[-3:]))
