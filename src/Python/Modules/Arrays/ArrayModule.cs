using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Modules.Arrays;

/// <summary>The array module: the array type and its typecodes.</summary>
internal static class ArrayModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        d["__doc__"] = "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n";
        d["array"] = ArrayType.Type;
        d["ArrayType"] = ArrayType.Type;
        d["typecodes"] = ArrayCode.All;
    }
}
