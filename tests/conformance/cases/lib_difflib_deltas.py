import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
print(difflib.SequenceMatcher(None, " abcd", "abcd abcd").find_longest_match(0, 5, 0, 9))
print(difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd").find_longest_match(0, 5, 0, 9))
print(difflib.SequenceMatcher(None, "ab", "c").find_longest_match(0, 2, 0, 1))
long_b = 'ab' * 150 + 'xyz'
m = difflib.SequenceMatcher(None, 'a' * 10 + 'xyz', long_b)
print(sorted(m.bpopular), m.get_matching_blocks())
m = difflib.SequenceMatcher(None, 'a' * 10 + 'xyz', long_b, autojunk=False)
print(m.get_matching_blocks()[:3], round(m.ratio(), 4))
print(list(difflib.SequenceMatcher(None, list(range(20)), [0, 1, 5] + list(range(8, 20)) + [99]).get_grouped_opcodes(2)))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'wheels', 'whale', 'heel'], n=2, cutoff=0.5))
import keyword
print(difflib.get_close_matches('pythn', keyword.kwlist + ['python', 'pythons']))
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
result = list(difflib.Differ().compare(text1, text2))
print(''.join(result), end='')
delta = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(True), 'ore\ntree\nemu\n'.splitlines(True)))
print(''.join(delta), end='')
print(''.join(difflib.restore(delta, 1)), end='')
print(''.join(difflib.restore(delta, 2)), end='')
a = ['line %d\n' % i for i in range(12)]
b = a[:2] + ['inserted\n'] + a[2:6] + a[7:11] + ['changed 11\n']
print(''.join(difflib.unified_diff(a, b, 'old.txt', 'new.txt', '2020-01-01', '2020-01-02')), end='')
print(''.join(difflib.unified_diff(a, b, n=1)), end='')
print(''.join(difflib.context_diff(a, b, 'old', 'new')), end='')
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')))
print(list(difflib.unified_diff([], [])), list(difflib.unified_diff(['x\n'], [])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'], b'f', b'g')))
print(difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('x'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
print(list(difflib.ndiff(['abc\n', 'same\n'], ['abd\n', 'same\n', 'new\n'])))
print(list(difflib.ndiff(['\tindented  line\n'], ['\tindented line\n'])))
print(list(difflib.ndiff(['completely\n', 'other\n'], ['different\n'])))
for bad in [(['a'], [1]), ([b'a'], ['b'])]:
    try:
        list(difflib.unified_diff(*bad))
    except TypeError as e:
        print('TypeError', e)
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print('ValueError', e)
try:
    difflib.get_close_matches('a', [], n=0)
except ValueError as e:
    print('ValueError', e)
