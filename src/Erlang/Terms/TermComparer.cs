using System.Numerics;

namespace IronUwsgi.Erlang.Terms;

/// <summary>
/// Exact equality and term order over terms of any depth. Nested terms go on an explicit stack,
/// not the CLR stack, so 10,000-deep terms compare safely.
/// </summary>
internal static class TermComparer
{
    /// <summary>
    /// Compares in Erlang's term order (an integer before an equal float, so zero means <c>=:=</c>).
    /// With <paramref name="equalityOnly"/> only zero versus non-zero is meaningful and
    /// differing hashes end the comparison early.
    /// </summary>
    public static int Compare(ErlTerm left, ErlTerm right, bool equalityOnly)
    {
        Stack<Pending>? pending = null;
        while (true)
        {
            int order = CompareShallow(left, right, equalityOnly, ref pending);
            if (order != 0)
                return order;
            while (true)
            {
                if (pending is null || !pending.TryPop(out var next))
                    return 0;
                if (next.Left is null)
                {
                    if (next.Order != 0)
                        return next.Order;
                    continue;
                }
                left = next.Left;
                right = next.Right!;
                break;
            }
        }
    }

    // Compares what can be compared without descending and queues the children (first child on top).
    private static int CompareShallow(ErlTerm left, ErlTerm right, bool equalityOnly, ref Stack<Pending>? pending)
    {
        if (ReferenceEquals(left, right))
            return 0;
        if (equalityOnly && left.GetHashCode() != right.GetHashCode())
            return 1;
        int order = left.Rank.CompareTo(right.Rank);
        if (order != 0)
            return order;
        switch (left)
        {
            case ErlInteger or ErlFloat:
                return CompareNumbers(left, right);
            case ErlAtom atom:
                return Sign(string.CompareOrdinal(atom.Name, ((ErlAtom)right).Name));
            case ErlRef reference:
                return CompareRefs(reference, (ErlRef)right);
            case ErlPort port:
                {
                    var other = (ErlPort)right;
                    return FirstNonZero(CompareAtoms(port.Node, other.Node), port.Id.CompareTo(other.Id), port.Creation.CompareTo(other.Creation));
                }
            case ErlPid pid:
                {
                    var other = (ErlPid)right;
                    return FirstNonZero(
                        CompareAtoms(pid.Node, other.Node),
                        pid.Serial.CompareTo(other.Serial),
                        pid.Id.CompareTo(other.Id),
                        pid.Creation.CompareTo(other.Creation));
                }
            case ErlExport export:
                {
                    if (right is not ErlExport other)
                        return 1;
                    return FirstNonZero(CompareAtoms(export.Module, other.Module), CompareAtoms(export.Function, other.Function), export.Arity.CompareTo(other.Arity));
                }
            case ErlFun fun:
                return right is ErlFun otherFun ? CompareFuns(fun, otherFun, ref pending) : -1;
            case ErlTuple tuple:
                {
                    var other = (ErlTuple)right;
                    order = tuple.Arity.CompareTo(other.Arity);
                    if (order != 0)
                        return order;
                    PushPairs(tuple.Elements, other.Elements, ref pending);
                    return 0;
                }
            case ErlMap map:
                return CompareMaps(map, (ErlMap)right, ref pending);
            case ErlList list:
                return CompareLists(list, (ErlList)right, ref pending);
            default:
                return CompareBits(left, right);
        }
    }

    private static int CompareNumbers(ErlTerm left, ErlTerm right)
    {
        switch (left, right)
        {
            case (ErlInteger a, ErlInteger b):
                return a.CompareTo(b);
            case (ErlFloat a, ErlFloat b):
                return a.Value.CompareTo(b.Value);
            case (ErlInteger a, ErlFloat b):
                {
                    int order = CompareIntegerToFloat(a, b.Value);
                    return order != 0 ? order : -1;
                }
            default:
                {
                    int order = CompareIntegerToFloat((ErlInteger)right, ((ErlFloat)left).Value);
                    return order != 0 ? -order : 1;
                }
        }
    }

    // Exact comparison: converting a large integer to double would round.
    private static int CompareIntegerToFloat(ErlInteger integer, double value)
    {
        const long exactLimit = 1L << 53;
        if (integer.IsLong && integer.LongValue > -exactLimit && integer.LongValue < exactLimit)
            return ((double)integer.LongValue).CompareTo(value);
        double floor = Math.Floor(value);
        int order = integer.Value.CompareTo(new BigInteger(floor));
        if (order != 0)
            return order;
        return floor == value ? 0 : -1;
    }

    private static int CompareAtoms(ErlAtom left, ErlAtom right) => Sign(string.CompareOrdinal(left.Name, right.Name));

    private static int CompareRefs(ErlRef left, ErlRef right)
    {
        int order = FirstNonZero(CompareAtoms(left.Node, right.Node), left.Creation.CompareTo(right.Creation), left.Ids.Length.CompareTo(right.Ids.Length));
        if (order != 0)
            return order;
        for (int i = left.Ids.Length - 1; i >= 0; i--)
        {
            order = left.Ids[i].CompareTo(right.Ids[i]);
            if (order != 0)
                return order;
        }
        return 0;
    }

    private static int CompareFuns(ErlFun left, ErlFun right, ref Stack<Pending>? pending)
    {
        int order = FirstNonZero(
            CompareAtoms(left.Module, right.Module),
            left.Index.CompareTo(right.Index),
            left.Uniq.SequenceCompareTo(right.Uniq),
            left.OldUniq.CompareTo(right.OldUniq),
            left.OldIndex.CompareTo(right.OldIndex),
            left.Arity.CompareTo(right.Arity),
            left.FreeVars.Length.CompareTo(right.FreeVars.Length));
        if (order != 0)
            return order;
        PushPairs(left.FreeVars, right.FreeVars, ref pending);
        pending ??= new Stack<Pending>();
        pending.Push(new Pending(left.Pid, right.Pid, 0));
        return 0;
    }

    // Maps order by size, then keys in key order, then values in the same order.
    private static int CompareMaps(ErlMap left, ErlMap right, ref Stack<Pending>? pending)
    {
        int order = left.Count.CompareTo(right.Count);
        if (order != 0 || left.Count == 0)
            return order;
        var a = left.SortedEntries;
        var b = right.SortedEntries;
        pending ??= new Stack<Pending>();
        for (int i = a.Length - 1; i >= 0; i--)
            pending.Push(new Pending(a[i].Value, b[i].Value, 0));
        for (int i = a.Length - 1; i >= 0; i--)
            pending.Push(new Pending(a[i].Key, b[i].Key, 0));
        return 0;
    }

    // Element by element; where one list runs out, its tail ([] or a non-list term) meets the
    // rest of the other list, and [] and every non-list class but bitstrings order before a list.
    private static int CompareLists(ErlList left, ErlList right, ref Stack<Pending>? pending)
    {
        var a = left.Items;
        var b = right.Items;
        if (a.Length == 0 && b.Length == 0)
            return 0;
        pending ??= new Stack<Pending>();
        if (a.Length == b.Length)
            pending.Push(new Pending(left.Tail, right.Tail, 0));
        else if (a.Length < b.Length)
            pending.Push(new Pending(null, null, left.Tail.Rank == TermRank.Bitstring ? 1 : -1));
        else
            pending.Push(new Pending(null, null, right.Tail.Rank == TermRank.Bitstring ? -1 : 1));
        int common = Math.Min(a.Length, b.Length);
        for (int i = common - 1; i >= 0; i--)
            pending.Push(new Pending(a[i], b[i], 0));
        return 0;
    }

    private static int CompareBits(ErlTerm left, ErlTerm right)
    {
        int order = Data(left).SequenceCompareTo(Data(right));
        return order != 0 ? Sign(order) : BitLength(left).CompareTo(BitLength(right));
    }

    private static ReadOnlySpan<byte> Data(ErlTerm term) => term is ErlBinary binary ? binary.Span : ((ErlBitstring)term).Span;

    private static long BitLength(ErlTerm term) => term is ErlBinary binary ? binary.Length * 8L : ((ErlBitstring)term).BitLength;

    private static void PushPairs(ReadOnlySpan<ErlTerm> left, ReadOnlySpan<ErlTerm> right, ref Stack<Pending>? pending)
    {
        if (left.Length == 0)
            return;
        pending ??= new Stack<Pending>();
        for (int i = left.Length - 1; i >= 0; i--)
            pending.Push(new Pending(left[i], right[i], 0));
    }

    private static int FirstNonZero(params ReadOnlySpan<int> orders)
    {
        foreach (int order in orders)
        {
            if (order != 0)
                return Sign(order);
        }
        return 0;
    }

    private static int Sign(int value) => Math.Sign(value);

    // A pair still to compare, or (Left null) a result that holds once everything queued before it is equal.
    private readonly record struct Pending(ErlTerm? Left, ErlTerm? Right, int Order);
}
