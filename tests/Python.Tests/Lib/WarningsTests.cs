using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>warnings: filters, catch_warnings(record=True) and the message format. Expected values were printed by CPython 3.11.</summary>
public sealed class WarningsTests
{
    [Fact]
    public void CatchWarningsRecordsAndErrorFilterRaises()
    {
        var output = PythonRunner.Run(
            """
            import warnings
            with warnings.catch_warnings(record=True) as w:
                warnings.simplefilter("always")
                warnings.warn("careful", UserWarning)
                warnings.warn("old", DeprecationWarning)
            print(len(w), str(w[0].message), w[1].category.__name__)
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                try:
                    warnings.warn("bad")
                except UserWarning as e:
                    print("raised", e)
            print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "x = 1"), end="")
            """);
        Assert.Equal(
            """
            2 careful DeprecationWarning
            raised bad
            f.py:3: UserWarning: msg
              x = 1
            """ + "\n",
            output);
    }
}
