using System.Runtime.CompilerServices;

namespace IronUwsgi.Python.Engine;

/// <summary>
/// id(): a number no other live object of the engine shares. The CLR's identity hash is not unique, and pickle's
/// and deepcopy's memos key objects by id.
/// </summary>
internal sealed class ObjectIds
{
    // Ids look like CPython's addresses, 16 bytes apart.
    private const long Base = 0x7f0000000000;

    private readonly ConditionalWeakTable<object, StrongBox<long>> ids = new();
    private long next;

    public long Of(object o) =>
        ids.GetValue(o, _ => new StrongBox<long>(Base + (Interlocked.Increment(ref next) << 4))).Value;
}
