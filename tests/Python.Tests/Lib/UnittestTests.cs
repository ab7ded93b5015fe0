using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>unittest and difflib. Expected values were printed by CPython 3.11.</summary>
public sealed class UnittestTests
{
    [Fact]
    public void TextRunnerReportsDotsFailuresAndTheSummary()
    {
        var output = PythonRunner.Run(
            """
            import io, re, unittest
            class T(unittest.TestCase):
                def test_a(self):
                    self.assertEqual([1, 2], [1, 3])
                def test_b(self):
                    pass
                @unittest.skip('no')
                def test_c(self):
                    pass
            stream = io.StringIO()
            result = unittest.TextTestRunner(stream=stream).run(unittest.TestLoader().loadTestsFromTestCase(T))
            lines = stream.getvalue().splitlines()
            print(lines[0], lines[2], lines[-1], result.testsRun, len(result.failures))
            print(result.failures[0][1].splitlines()[-6:])
            """);
        Assert.Equal(
            "F.s FAIL: test_a (__main__.T.test_a) FAILED (failures=1, skipped=1) 3 1\n" +
            "['- [1, 2]', '?     ^', '', '+ [1, 3]', '?     ^', '']\n",
            output);
    }

    [Fact]
    public void SubTestsAndAssertRaisesReportEachProblem()
    {
        var output = PythonRunner.Run(
            """
            import unittest
            class T(unittest.TestCase):
                def runTest(self):
                    for i in range(3):
                        with self.subTest(i=i):
                            self.assertNotEqual(i, 1)
                    with self.assertRaisesRegex(ValueError, 'base 10') as cm:
                        int('z')
            r = unittest.TestResult()
            T().run(r)
            print(r.wasSuccessful(), [str(t) for t, _ in r.failures])
            """);
        Assert.Equal("False ['runTest (__main__.T.runTest) (i=1)']\n", output);
    }

    [Fact]
    public void NdiffMarksChangedCharacters()
    {
        var output = PythonRunner.Run(
            """
            import difflib
            print(''.join(difflib.ndiff(['one\n', 'two\n'], ['ore\n', 'two\n'])), end='')
            print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach']))
            """);
        Assert.Equal("- one\n?  ^\n+ ore\n?  ^\n  two\n['apple', 'ape']\n", output);
    }
}
