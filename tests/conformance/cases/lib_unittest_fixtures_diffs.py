import io, re, sys, unittest

log = []

def setUpModule():
    log.append('setUpModule')

def tearDownModule():
    log.append('tearDownModule')

def clean(text):
    text = re.sub(r'in \d+\.\d+s', 'in X.XXXs', text)
    return re.sub(r'File "[^"]*"', 'File "F"', text)

def run(*tests, **kw):
    stream = io.StringIO()
    suite = unittest.TestSuite(tests)
    result = unittest.TextTestRunner(stream=stream, **kw).run(suite)
    print(clean(stream.getvalue()))
    return result

class Buffered(unittest.TestCase):
    def test_prints_and_fails(self):
        print('captured out')
        sys.stderr.write('captured err')
        self.fail('boom')
    def test_prints_and_passes(self):
        print('hidden')

run(Buffered('test_prints_and_fails'), Buffered('test_prints_and_passes'), buffer=True, verbosity=2)

class Cleanups(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, 'class cleanup')
    def setUp(self):
        self.addCleanup(log.append, 'cleanup 1')
        self.addCleanup(self.fail_cleanup)
    def fail_cleanup(self):
        raise RuntimeError('cleanup broke')
    def test_it(self):
        log.append('test')
    def tearDown(self):
        log.append('tearDown')

run(Cleanups('test_it'), verbosity=2)
print(log)

class Diffs(unittest.TestCase):
    maxDiff = None
    def test_long_lines(self):
        self.assertEqual('first line\nsecond line\nthird line\n', 'first line\nsecond  line\nthird line\nfourth\n')
    def test_dicts(self):
        self.assertEqual({'name': 'x', 'values': list(range(12)), 'nested': {'a': 1}},
                         {'name': 'y', 'values': list(range(13)), 'nested': {'a': 2}})
    def test_tuple_message(self):
        self.assertTupleEqual((1, 'two', 3.0), (1, 'too', 3.0), 'tuples differ')
    def test_sequence(self):
        self.assertSequenceEqual('abc', ['a', 'b'])
    def test_set(self):
        self.assertSetEqual({1, 2, 3}, {3, 4})
    def test_count(self):
        self.assertCountEqual('aab', 'abb')
    def test_shortened(self):
        self.assertEqual('x' * 50 + 'A' + 'y' * 50, 'x' * 50 + 'B' + 'y' * 50)

r = run(*[Diffs(n) for n in unittest.TestLoader().getTestCaseNames(Diffs)])

class Verbose(unittest.TestCase):
    def test_sub(self):
        """Docstring line.

        More."""
        for x in ['a', 'b']:
            with self.subTest(x, letter=x):
                self.assertEqual(x, 'a')
    @unittest.expectedFailure
    def test_xfail_sub(self):
        with self.subTest(n=1):
            self.assertTrue(False)

run(Verbose('test_sub'), Verbose('test_xfail_sub'), verbosity=2)
def boom():
    raise ZeroDivisionError('division by zero')
run(unittest.FunctionTestCase(lambda: None), unittest.FunctionTestCase(boom, description='divides'), verbosity=2)

class SetupError(unittest.TestCase):
    def setUp(self):
        raise OSError('no setup')
    def test_x(self):
        pass
run(SetupError('test_x'))
print(log)
res = unittest.TestResult()
unittest.TestSuite([Cleanups('test_it')]).run(res)
print(res, [(str(t), e.splitlines()[-1]) for t, e in res.errors])
print(unittest.TestLoader().loadTestsFromName('Diffs.test_set', sys.modules[__name__]))
print(unittest.TestLoader().loadTestsFromNames(['Verbose'], sys.modules[__name__]).countTestCases())
bad = unittest.TestLoader().loadTestsFromName('NoSuch', sys.modules[__name__])
print(bad.countTestCases())
