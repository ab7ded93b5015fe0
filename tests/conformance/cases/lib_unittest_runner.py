import io, re, unittest

events = []

def clean(text):
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in X.XXXs', text)
    return re.sub(r'File "[^"]*"', 'File "F"', text)

class Basics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        events.append('tearDownClass')

    def setUp(self):
        events.append('setUp ' + self._testMethodName)

    def tearDown(self):
        events.append('tearDown ' + self._testMethodName)

    def test_ok(self):
        """Checks that addition works.

        More text."""
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        raise KeyError('k')

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.skipIf(True, 'condition')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'runs')
    def test_skip_unless(self):
        self.skipTest('inside')

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)
        with self.subTest('message', k='v'):
            raise ValueError('in subtest')

    def test_cleanup(self):
        self.addCleanup(events.append, 'cleanup')

def run(cls, verbosity, **kw):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(cls)
    print(suite.countTestCases(), [t._testMethodName for t in suite])
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    print(clean(stream.getvalue()))
    print(result, result.wasSuccessful(), len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.testsRun)
    return result

run(Basics, 1)
print(events)
events.clear()
r = run(Basics, 2)
print([str(t) for t, _ in r.failures], [str(t) for t, _ in r.errors], r.skipped)
run(Basics, 0)

class Good(unittest.TestCase):
    def test_a(self):
        self.assertIn(1, [1, 2])
    def test_b(self):
        self.assertIsNone(None)
run(Good, 1)
run(Good, 2)

@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_x(self):
        pass
run(Skipped, 2)

class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup broke')
    def test_never(self):
        pass
run(BrokenSetUpClass, 1)

class FailFast(unittest.TestCase):
    def test_1(self):
        self.fail('first')
    def test_2(self):
        self.fail('second')
run(FailFast, 1, failfast=True)

print(repr(Basics('test_ok')), str(Basics('test_ok')), Basics('test_ok').id(), Basics('test_ok').shortDescription())
print(Basics('test_ok') == Basics('test_ok'), Basics('test_fail').shortDescription())
try:
    Basics('nope')
except ValueError as e:
    print('ValueError', e)
s = unittest.TestSuite([Good('test_a'), unittest.TestSuite([Good('test_b')])])
print(s.countTestCases(), repr(unittest.TestSuite([Good('test_a')])))
try:
    s.addTest(Good)
except TypeError as e:
    print('TypeError', e)
f = unittest.FunctionTestCase(lambda: None, description='a function')
print(str(f).startswith('unittest.case.FunctionTestCase ('), f.shortDescription(), f.countTestCases())
res = unittest.TestResult()
Good('test_a').run(res)
print(res, res.wasSuccessful())
loader = unittest.TestLoader()
loader.testMethodPrefix = 'test_s'
print(loader.getTestCaseNames(Basics))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*error*', '*_ok']
print(loader.getTestCaseNames(Basics))
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Basics))
