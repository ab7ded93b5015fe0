# re over text with characters beyond the BMP: \w \d \s and their negations, \b, IGNORECASE,
# classes and ranges, and positions counted in code points everywhere.
import re

s = '\U0001D400\U0001D7CE\U00010400\U00010428 a1 \u3000x\U0001F600'
print(ascii(re.findall(r'\w', s)), ascii(re.findall(r'\d', s)), ascii(re.findall(r'\s', s)))
print(ascii(re.findall(r'\W', s)), ascii(re.findall(r'\D', s)), len(re.findall(r'\S', s)))
print(ascii(re.findall(r'(?i)\U00010400', s)), ascii(re.findall(r'\U00010428', s, re.I)))
print(ascii(re.findall('[\U00010400-\U0001040F]', s, re.I)), ascii(re.findall('[\U00010400-\U0001040F]', s)))
print(ascii(re.findall(r'.', '\U0001F600a')), ascii(re.findall(r'[^a]', '\U0001F600a')), re.match(r'^.$', '\U0001F600') is not None)
print(ascii(re.findall(r'\w+', 'caf\u00e9 \U0001D7D8\U0001D7D9 x\U00010428y')), ascii(re.sub(r'\d', '#', '1\U0001D7D82\U000104A0')))
print(re.search(r'\b\U0001D400\b', ' \U0001D400 ') is not None, re.search(r'\B\U0001D400', 'a\U0001D400') is not None)
print(ascii(re.findall(r'(?a)\w', s)), ascii(re.findall(r'(?a)\W', s)), ascii(re.findall(r'(?a)\d', '\U0001D7CE1')))
print(ascii(re.findall(r'[\w]', s)), ascii(re.findall(r'[^\w\s]', s)), ascii(re.findall(r'[\d\s]', s)))
print(ascii(re.findall('\U0001F600{2}', '\U0001F600\U0001F600\U0001F600')), re.match('\U0001F600?x', 'x') is not None)
print(re.fullmatch(r'(?i)k', '\u212a') is not None, re.fullmatch(r'(?i)\U00010400', '\U00010428') is not None)
print(re.fullmatch(r'(?i)[\U00010428]', '\U00010400') is not None, re.fullmatch(r'[^\U00010400]', '\U00010428') is not None)
print(ascii(re.findall(r'[^\d]', '1\U0001D7D82')), re.search('\U0001D7D8', 'a\U0001D7D8').span(), re.search('b', '\U0001F600b').start())

text = 'x\U0001F600y \U0001D400bc \U0001F600\U0001F600z'
print([m.span() for m in re.finditer(r'\S+', text)], [m.span(1) for m in re.finditer(r'(\w)\b', text)])
m = re.search(r'(\U0001F600+)(z)', text)
print(m.start(), m.end(), m.span(1), m.span(2), ascii(m.group(1)), m.pos, m.endpos, ascii(m.string[m.start():m.end()]))
print(ascii(re.split(r'\s', text)), ascii(re.sub(r'(\w)', r'<\1>', text)), re.subn(r'\U0001F600', '!', text))
p = re.compile(r'\w')
print(ascii(p.findall(text, 2)), ascii(p.findall(text, 0, 3)), ascii(p.search(text, 3).group()), p.search(text, 3).start())
print(ascii(p.match(text, 2).group()), p.fullmatch(text, 4, 5) is not None, ascii(re.escape('\U0001F600.')))
print(ascii([m.group() for m in re.finditer(r'', '\U0001F600a')]), [m.span() for m in re.finditer(r'', '\U0001F600a')])
print(ascii(re.sub(r'x*', '-', '\U0001F600b')), ascii(re.split(r'(?=\U0001F600)', 'a\U0001F600b\U0001F600')))
print(len(text), m.regs, ascii(m.expand(r'[\2\1]')), m.lastindex)
