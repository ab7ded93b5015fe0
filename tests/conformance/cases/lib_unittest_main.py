import io, re, sys, unittest

class Arith(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)

    def test_sub(self):
        self.assertEqual(5 - 3, 2)

    def test_wrong(self):
        self.assertEqual(2 * 2, 5)

class Other(unittest.TestCase):
    def test_other(self):
        pass

def main(argv, **kw):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=kw.pop('verbosity', 1))
    try:
        prog = unittest.main(module='__main__', argv=argv, testRunner=runner, exit=kw.pop('exit', False), **kw)
        print('result', prog.result.testsRun, prog.result.wasSuccessful())
    except SystemExit as e:
        print('SystemExit', e.code)
    text = re.sub(r'in \d+\.\d+s', 'in X.XXXs', stream.getvalue())
    print(re.sub(r'File "[^"]*"', 'File "F"', text))

main(['prog'])
main(['prog', 'Arith.test_add', 'Other'])
main(['prog', '-k', 'sub'])
main(['prog', '-k', 'test_o*'])
main(['prog', '-f'])
main(['prog', 'Arith.test_wrong'], exit=True)
main(['prog', 'Arith.test_add'], exit=True)
main(['prog', 'NoSuchTest'])
main(['prog', '-h'])
main(['prog', '--bogus'])

class Verbose(unittest.TestCase):
    def test_one(self):
        "The first line of the docstring."
        pass
prog = unittest.main(module='__main__', argv=['x', 'Verbose', '-v'], exit=False,
                     testRunner=unittest.TextTestRunner)
print(prog.verbosity, prog.testNames, prog.failfast, prog.buffer, prog.catchbreak)
