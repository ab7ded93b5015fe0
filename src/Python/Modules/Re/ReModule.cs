using System.Text;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Re;

/// <summary>
/// <c>_re</c>: compiles Python patterns to .NET regular expressions and runs them. re.py builds
/// the Python surface (flags, Pattern, Match, templates, the cache) on it.
/// </summary>
internal static class ReModule
{
    public static readonly PyType CompiledType = MakeCompiledType();

    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        d["Match"] = MatchObject.MatchType;
        d["compile"] = new PyBuiltinFunction("compile", null, 3, 3, a => Compile(a[0], Ops.IndexAsLong(a[1]), a[2]));
        d["translate"] = new PyBuiltinFunction("translate", null, (object pattern, object flags) =>
            Translate(pattern, (int)Ops.IndexAsLong(flags)).NetPattern);
    }

    /// <summary>Compiles <paramref name="pattern"/>; syntax errors raise <paramref name="errorType"/>(msg, pattern, pos).</summary>
    private static object Compile(object pattern, long flags, object errorType)
    {
        try
        {
            return Translate(pattern, (int)flags);
        }
        catch (RegexSyntaxException e)
        {
            var error = e.Position is { } p ? Ops.Call(errorType, e.Message, pattern, Py.Int(p)) : Ops.Call(errorType, e.Message);
            throw ((PyBaseException)error).ToClr();
        }
        catch (OverflowException e)
        {
            throw Ops.OverflowError(e.Message);
        }
    }

    private static CompiledPattern Translate(object pattern, int flags)
    {
        var (points, isText) = pattern switch
        {
            string s => (PatternSource.Split(s), true),
            PyValueInstance { Value: string vs } => (PatternSource.Split(vs), true),
            PyBytes or PyByteArray => (Encoding.Latin1.GetString(BytesMethods.AsBytes(pattern)).Select(c => c.ToString()).ToArray(), false),
            _ => throw Ops.TypeError("first argument must be string or compiled pattern"),
        };
        CheckFlags(isText, flags);
        var (tree, state) = PatternParser.Parse(points, isText, flags);
        var final = state.Flags;
        CheckFlags(isText, final);
        if (isText && (final & RegexFlags.Ascii) == 0)
        {
            final |= RegexFlags.Unicode;
        }

        var ancestors = new int[state.GroupCount][];
        Array.Fill(ancestors, []);
        CollectAncestors(tree, [], ancestors);
        var net = NetPatternWriter.Write(tree, final, isText, astral: false);
        return new CompiledPattern(
            CompiledType, net, () => NetPatternWriter.Write(tree, final, isText, astral: true), isText, final, state.GroupCount - 1, state.GroupIndex, ancestors);
    }

    private static void CheckFlags(bool isText, int flags)
    {
        if (isText)
        {
            if ((flags & RegexFlags.Locale) != 0)
            {
                throw Ops.ValueError("cannot use LOCALE flag with a str pattern");
            }

            if ((flags & RegexFlags.Ascii) != 0 && (flags & RegexFlags.Unicode) != 0)
            {
                throw Ops.ValueError("ASCII and UNICODE flags are incompatible");
            }
        }
        else
        {
            if ((flags & RegexFlags.Unicode) != 0)
            {
                throw Ops.ValueError("cannot use UNICODE flag with a bytes pattern");
            }

            if ((flags & RegexFlags.Locale) != 0 && (flags & RegexFlags.Ascii) != 0)
            {
                throw Ops.ValueError("ASCII and LOCALE flags are incompatible");
            }
        }
    }

    private static void CollectAncestors(RegexNode node, List<int> open, int[][] ancestors)
    {
        switch (node)
        {
            case GroupNode g when g.Number > 0:
                ancestors[g.Number] = [.. open];
                open.Add(g.Number);
                CollectAncestors(g.Body, open, ancestors);
                open.RemoveAt(open.Count - 1);
                break;
            case GroupNode g:
                CollectAncestors(g.Body, open, ancestors);
                break;
            case SequenceNode s:
                s.Items.ToList().ForEach(i => CollectAncestors(i, open, ancestors));
                break;
            case AlternationNode a:
                a.Branches.ToList().ForEach(i => CollectAncestors(i, open, ancestors));
                break;
            case RepeatNode r:
                CollectAncestors(r.Body, open, ancestors);
                break;
            case AtomicNode a:
                CollectAncestors(a.Body, open, ancestors);
                break;
            case LookNode l:
                CollectAncestors(l.Body, open, ancestors);
                break;
            case ConditionalNode c:
                CollectAncestors(c.Yes, open, ancestors);
                if (c.No is not null)
                {
                    CollectAncestors(c.No, open, ancestors);
                }

                break;
        }
    }

    private static PyType MakeCompiledType()
    {
        var t = Py.Bare("CompiledPattern", Py.ObjectType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Namespace["__module__"] = "_re";
        t.Prop("flags", self => Py.Int(((CompiledPattern)self).Flags));
        t.Prop("groups", self => Py.Int(((CompiledPattern)self).Groups));
        t.Prop("groupindex", self => new PyMappingProxy(((CompiledPattern)self).GroupIndex));
        t.Prop("is_text", self => Py.Bool(((CompiledPattern)self).IsText));
        t.DefRange("find", 5, 5, a => ((CompiledPattern)a[0]).Find(a[1], a[2], a[3], (int)Ops.IndexAsLong(a[4]), a[5]));
        t.DefRange("findall", 3, 3, a => ((CompiledPattern)a[0]).FindAll(a[1], a[2], a[3]));
        t.DefRange("split_text", 2, 2, a => ((CompiledPattern)a[0]).SplitText((string)a[1], Ops.IndexAsLong(a[2])));
        t.DefRange("sub_text", 4, 4, a => ((CompiledPattern)a[0]).SubText(a[1], (string)a[2], Ops.IndexAsLong(a[3]), a[4]));
        t.DefRange("scan", 5, 5, a => ((CompiledPattern)a[0]).Scan(a[1], a[2], a[3], Ops.IndexAsLong(a[4]), a[5]));
        Py.ReadyBuiltin(t);
        return t;
    }
}
