import unittest, warnings, logging

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()

def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
        print(name, 'passed')
    except AssertionError as e:
        print('%s: %s' % (name, e))
        print('-' * 10)

check('assertEqual', 1, 2)
check('assertEqual', 1, 1)
check('assertEqual', 'abc', 'abd')
check('assertEqual', 'line1\nline2\nline3\n', 'line1\nline two\nline3\n')
check('assertEqual', 'x' * 100, 'x' * 99 + 'y')
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', [1, 2], [1, 2, 3])
check('assertEqual', (1, 2, 3), (1,))
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', {1, 2}, {2, 3})
check('assertEqual', frozenset([1]), frozenset())
check('assertEqual', list(range(100)), list(range(1, 101)))
check('assertEqual', 1, 2, 'custom message')
check('assertEqual', 1.0, 1)
check('assertEqual', [1, 2], (1, 2))
check('assertNotEqual', 3, 3)
check('assertNotEqual', 3, 3, msg='why')
check('assertTrue', 0)
check('assertTrue', [], 'empty')
check('assertFalse', 'x')
check('assertIs', None, 0)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 4, [1, 2, 3])
check('assertNotIn', 1, {1: 2})
check('assertIsInstance', 1, str)
check('assertNotIsInstance', 1, int)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertLess', 3, 2)
check('assertLessEqual', 3, 2)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1, places=2)
check('assertAlmostEqual', 1.0, 1.5, delta=0.25)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.1, delta=0.5)
check('assertCountEqual', [1, 2, 2], [2, 1, 1])
check('assertCountEqual', [[1], [2]], [[2], [1]])
check('assertCountEqual', [[1], [2]], [[2], [3]])
check('assertRegex', 'hello', 'w.rld')
check('assertNotRegex', 'hello world', 'w.rld')
check('assertSequenceEqual', 'abc', 'abd')
check('assertListEqual', [1], (1,))
check('assertTupleEqual', (1,), (2,))
check('assertSetEqual', {1}, set())
check('assertDictEqual', {}, {'k': [1, 2]})
check('assertMultiLineEqual', 'a\nb\n', 'a\nc\n')
try:
    t.assertAlmostEqual(1, 2, places=1, delta=1)
except TypeError as e:
    print('TypeError', e)
t.maxDiff = None
check('assertEqual', list(range(100)), list(range(1, 101)))
t.maxDiff = 640
t.longMessage = False
check('assertEqual', 1, 2, 'only this')
check('assertEqual', 1, 2)
t.longMessage = True

with t.assertRaises(ValueError) as cm:
    int('x')
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
try:
    with t.assertRaises(ValueError):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises((ValueError, KeyError), msg='extra'):
        pass
except AssertionError as e:
    print(e)
try:
    t.assertRaises(ValueError, len, [])
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(ValueError):
        raise KeyError('other')
except KeyError as e:
    print('KeyError passed through', e)
with t.assertRaisesRegex(ValueError, 'invalid lit'):
    int('x')
try:
    with t.assertRaisesRegex(ValueError, '^nomatch'):
        int('x')
except AssertionError as e:
    print(e)
t.assertRaisesRegex(ZeroDivisionError, 'division', lambda: 1 / 0)
try:
    t.assertRaises('notatype')
except TypeError as e:
    print('TypeError', e)
try:
    t.assertRaises(ValueError, bogus=1)
except TypeError as e:
    print('TypeError', e)

with t.assertWarns(DeprecationWarning) as wcm:
    warnings.warn('old stuff', DeprecationWarning)
print(type(wcm.warning).__name__, wcm.warning, wcm.lineno > 0)
with t.assertWarnsRegex(UserWarning, 'needle'):
    warnings.warn('hay needle hay')
try:
    with t.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertWarnsRegex(UserWarning, 'needle'):
        warnings.warn('only hay')
except AssertionError as e:
    print(e)

with t.assertLogs('app', level='INFO') as lcm:
    logging.getLogger('app').info('first')
    logging.getLogger('app.sub').error('second %d', 2)
    logging.getLogger('app').debug('hidden')
print(lcm.output, [r.getMessage() for r in lcm.records])
try:
    with t.assertLogs('quiet'):
        pass
except AssertionError as e:
    print(e)
with t.assertNoLogs('quiet2'):
    pass
try:
    with t.assertNoLogs('noisy', level='WARNING'):
        logging.getLogger('noisy').warning('oops')
except AssertionError as e:
    print(e)
try:
    t.fail('explicit')
except AssertionError as e:
    print(e)
try:
    t.skipTest('why')
except unittest.SkipTest as e:
    print('SkipTest', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    t.assertEquals(1, 1)
    print(w[0].category.__name__, w[0].message)
