namespace IronUwsgi.Python.Objects;

/// <summary>Code flags with CPython's values (co_flags).</summary>
[Flags]
internal enum CodeFlags
{
    None = 0,
    Optimized = 0x1,
    NewLocals = 0x2,
    VarArgs = 0x4,
    VarKeywords = 0x8,
    Nested = 0x10,
    Generator = 0x20,
    Coroutine = 0x80,
    AsyncGenerator = 0x200,
}

/// <summary>
/// What the compiler knows about a function body (the code object): names, signature shape and
/// source position, used for argument binding, tracebacks and error messages.
/// </summary>
internal sealed class PyCode : PyObject
{
    public PyCode(string name, string qualName, string fileName, int firstLine, string[] varNames, int argCount, int posOnlyArgCount, int kwOnlyArgCount, CodeFlags flags)
        : base(Py.CodeType)
    {
        Name = name;
        QualName = qualName;
        FileName = fileName;
        FirstLine = firstLine;
        VarNames = varNames;
        ArgCount = argCount;
        PosOnlyArgCount = posOnlyArgCount;
        KwOnlyArgCount = kwOnlyArgCount;
        Flags = flags;
        FrameSize = Math.Max(varNames.Length, TotalArgCount);
    }

    public string Name { get; }

    public string QualName { get; }

    public string FileName { get; }

    public int FirstLine { get; }

    /// <summary>Parameters first (positional, keyword-only, then *args and **kwargs names), then other locals.</summary>
    public string[] VarNames { get; }

    /// <summary>Positional parameters, positional-only ones included.</summary>
    public int ArgCount { get; }

    public int PosOnlyArgCount { get; }

    public int KwOnlyArgCount { get; }

    public CodeFlags Flags { get; }

    /// <summary>Names of locals captured by inner functions (co_cellvars).</summary>
    public string[] CellVars { get; init; } = Array.Empty<string>();

    /// <summary>Names this code reads from enclosing functions (co_freevars).</summary>
    public string[] FreeVars { get; init; } = Array.Empty<string>();

    /// <summary>Length of the argument array the binder allocates (at least the parameter count).</summary>
    public int FrameSize { get; init; }

    public bool HasVarArgs => (Flags & CodeFlags.VarArgs) != 0;

    public bool HasVarKeywords => (Flags & CodeFlags.VarKeywords) != 0;

    /// <summary>Number of parameter slots: positional + keyword-only + *args + **kwargs.</summary>
    public int TotalArgCount => ArgCount + KwOnlyArgCount + (HasVarArgs ? 1 : 0) + (HasVarKeywords ? 1 : 0);

    /// <summary>Index of the *args slot in the bound argument array, or -1.</summary>
    public int VarArgsIndex => HasVarArgs ? ArgCount + KwOnlyArgCount : -1;

    /// <summary>Index of the **kwargs slot in the bound argument array, or -1.</summary>
    public int VarKeywordsIndex => HasVarKeywords ? ArgCount + KwOnlyArgCount + (HasVarArgs ? 1 : 0) : -1;
}
