using System.Text;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Re;

/// <summary>re.Match: the spans of one successful match and what they index.</summary>
internal sealed class MatchObject : PyObject
{
    public static readonly PyType MatchType = MakeType();

    private readonly CompiledPattern program;

    // start/end of group g at [2g], [2g+1]; -1 when the group did not take part.
    private readonly int[] spans;

    public MatchObject(CompiledPattern program, object pattern, object subject, string text, int[] spans, int lastIndex, int pos, int endpos)
        : base(MatchType)
    {
        this.program = program;
        this.spans = spans;
        Pattern = pattern;
        Subject = subject;
        Text = text;
        LastIndex = lastIndex;
        Pos = pos;
        EndPos = endpos;
    }

    /// <summary>The re.Pattern this match came from.</summary>
    public object Pattern { get; }

    public object Subject { get; }

    /// <summary>The subject as .NET text (bytes as Latin-1), cut at endpos.</summary>
    public string Text { get; }

    public int LastIndex { get; }

    public int Pos { get; }

    public int EndPos { get; }

    public int Start(int group) => spans[2 * group];

    public int End(int group) => spans[(2 * group) + 1];

    /// <summary>The text of a group (str, or bytes for a bytes pattern), or <paramref name="missing"/>.</summary>
    public object Group(int group, object missing)
    {
        var s = spans[2 * group];
        if (s < 0)
        {
            return missing;
        }

        var from = TextIndex.ToClr(Text, s);
        var piece = Text[from..TextIndex.ToClr(Text, spans[(2 * group) + 1])];
        return program.IsText ? piece : new PyBytes(Encoding.Latin1.GetBytes(piece));
    }

    /// <summary>A group given by number or name, as Match.group accepts it.</summary>
    public int Index(object group)
    {
        long index = -1;
        switch (group)
        {
            case long l:
                index = l;
                break;
            case bool b:
                index = b ? 1 : 0;
                break;
            case string name:
                if (program.GroupNumbers.TryGetValue(name, out var found))
                {
                    index = found;
                }

                break;
            case System.Numerics.BigInteger:
                break;
            default:
                if (Py.TypeOf(group).Slots[(int)SlotId.Index] is not null)
                {
                    index = Ops.IndexAsLongClamped(group);
                }
                else if (program.GroupIndex.TryGetValue(group, out var named))
                {
                    index = (long)named;
                }

                break;
        }

        return index >= 0 && index <= program.Groups ? (int)index : throw Ops.IndexError("no such group");
    }

    private static MatchObject M(object self) => (MatchObject)self;

    private static PyType MakeType()
    {
        var t = Py.Bare("Match", Py.ObjectType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = "The result of re.match() and re.search().";
        t.Namespace["__module__"] = "re";
        t.DefRange("group", 0, -1, a =>
        {
            var m = M(a[0]);
            return a.Length switch
            {
                1 => m.Group(0, Py.None),
                2 => m.Group(m.Index(a[1]), Py.None),
                _ => new PyTuple(a[1..].Select(g => m.Group(m.Index(g), Py.None)).ToArray()),
            };
        });
        t.Def("__getitem__", (self, g) => M(self).Group(M(self).Index(g), Py.None));
        t.DefNamed("groups", ["self", "default"], 1, a =>
        {
            var m = M(a[0]!);
            var missing = a[1] ?? Py.None;
            var items = new object[m.program.Groups];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = m.Group(i + 1, missing);
            }

            return new PyTuple(items);
        });
        t.DefNamed("groupdict", ["self", "default"], 1, a =>
        {
            var m = M(a[0]!);
            var missing = a[1] ?? Py.None;
            var d = new PyDict();
            foreach (var (name, index) in m.program.GroupNumbers)
            {
                d[name] = m.Group(index, missing);
            }

            return d;
        });
        t.DefNamed("start", ["self", "group"], 1, a => Py.Int(M(a[0]!).Start(a[1] is { } g ? M(a[0]!).Index(g) : 0)));
        t.DefNamed("end", ["self", "group"], 1, a => Py.Int(M(a[0]!).End(a[1] is { } g ? M(a[0]!).Index(g) : 0)));
        t.DefNamed("span", ["self", "group"], 1, a =>
        {
            var m = M(a[0]!);
            var g = a[1] is { } x ? m.Index(x) : 0;
            return new PyTuple([Py.Int(m.Start(g)), Py.Int(m.End(g))]);
        });
        t.Def("expand", (self, template) => Ops.Call(Ops.GetAttr(M(self).Pattern, "_expand"), self, template));
        t.Def("__repr__", self =>
        {
            var m = M(self);
            var text = Ops.Repr(m.Group(0, Py.None));
            return $"<re.Match object; span=({m.Start(0)}, {m.End(0)}), match={(text.Length > 50 ? text[..50] : text)}>";
        });
        t.Namespace["__class_getitem__"] = new PyClassMethod(new PyBuiltinFunction("__class_getitem__", null, 2, 2, a =>
            new PyGenericAlias(a[0], a[1] as PyTuple ?? new PyTuple([a[1]]))));
        t.Def("__copy__", self => self);
        t.Def("__deepcopy__", (self, memo) => self);
        t.Prop("string", self => M(self).Subject);
        t.Prop("re", self => M(self).Pattern);
        t.Prop("pos", self => Py.Int(M(self).Pos));
        t.Prop("endpos", self => Py.Int(M(self).EndPos));
        t.Prop("lastindex", self => M(self).LastIndex > 0 ? Py.Int(M(self).LastIndex) : Py.None);
        t.Prop("lastgroup", self =>
        {
            var m = M(self);
            foreach (var (name, index) in m.program.GroupNumbers)
            {
                if (index == m.LastIndex)
                {
                    return name;
                }
            }

            return Py.None;
        });
        t.Prop("regs", self =>
        {
            var m = M(self);
            var items = new object[m.program.Groups + 1];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = new PyTuple([Py.Int(m.Start(i)), Py.Int(m.End(i))]);
            }

            return new PyTuple(items);
        });
        Py.ReadyBuiltin(t);
        return t;
    }
}
