using IronUwsgi.Erlang.Terms;
using EtfCodec = IronUwsgi.Erlang.Etf.Etf;

namespace IronUwsgi.Erlang.Tests.Terms;

/// <summary>
/// Deep terms on a thread with a 256 KB stack: any recursion per nesting level would overflow
/// it long before 100,000 levels, so passing shows every operation is iterative.
/// </summary>
public class DeepTermTests
{
    private const int Depth = 100_000;

    public static TheoryData<string> Shapes => ["list", "tuple", "map key", "map value", "improper tail", "fun"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void DeeplyNestedTermsEncodeDecodeCompareHashPrintAndParse(string shape)
    {
        RunOnSmallStack(() =>
        {
            var term = Nest(shape, Depth);
            var twin = Nest(shape, Depth);
            Assert.Equal(twin.GetHashCode(), term.GetHashCode());
            Assert.True(term.Equals(twin));
            Assert.Equal(0, term.CompareTo(twin));
            Assert.True(term.CompareTo(Nest(shape, Depth - 1)) != 0);

            var bytes = EtfCodec.Encode(term);
            var decoded = EtfCodec.Decode(bytes);
            Assert.Equal(term, decoded);
            Assert.Equal(EtfCodec.Decode(EtfCodec.Encode(term, compressed: true)), term);

            if (shape != "fun")
            {
                string text = term.ToString();
                Assert.True(text.Length > Depth);
                Assert.Equal(term, ErlTerm.Parse(text));
            }
        });
    }

    [Fact]
    public void TenThousandDeepTextParses()
    {
        string text = new string('[', 10_000) + new string(']', 10_000);
        RunOnSmallStack(() => Assert.Equal(Nest("list", 10_000 - 1), ErlTerm.Parse(text)));
    }

    private static ErlTerm Nest(string shape, int depth)
    {
        var pid = new ErlPid(new ErlAtom("n@h"), 1, 0, 1);
        ErlTerm term = ErlList.Nil;
        for (int i = 0; i < depth; i++)
        {
            term = shape switch
            {
                "list" => new ErlList(term),
                "tuple" => new ErlTuple(term, new ErlInteger(i)),
                "map key" => new ErlMap((term, new ErlInteger(i))),
                "map value" => new ErlMap((new ErlInteger(i), term), (ErlAtom.Ok, ErlAtom.Ok)),
                "improper tail" => new ErlList([new ErlInteger(i)], new ErlTuple(term)),
                _ => new ErlFun(new ErlAtom("m"), 0, new byte[16], 1, 1, 1, pid, term),
            };
        }
        return term;
    }

    private static void RunOnSmallStack(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception error)
                {
                    failure = error;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null)
            throw new Xunit.Sdk.XunitException($"failed on the small stack: {failure}");
    }
}
