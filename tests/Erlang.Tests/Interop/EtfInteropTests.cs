using System.Numerics;
using IronUwsgi.Erlang.Terms;
using EtfCodec = IronUwsgi.Erlang.Etf.Etf;

namespace IronUwsgi.Erlang.Tests.Interop;

/// <summary>Round trips against a real OTP 25 <c>erl</c> (no distribution needed).</summary>
public sealed class EtfInteropTests : IClassFixture<EtfInteropTests.Script>
{
    private const int RandomTermCount = 10_000;

    private readonly ErlangScript _erl;

    public EtfInteropTests(Script script) => _erl = script.Erl;

    [Fact]
    public void RandomErlangTermsDecodeAndReencodeToEqualTerms()
    {
        string generated = _erl.PathOf("generated.bin"), ours = _erl.PathOf("ours.bin"), result = _erl.PathOf("round-trip.txt");
        _erl.Eval($"etf_interop:generate({ErlangScript.Quote(generated)}, {RandomTermCount}, 20261127), halt().");

        var originals = Frames.Read(generated);
        Assert.Equal(RandomTermCount, originals.Count);
        var reencoded = new List<byte[]>(originals.Count);
        var failures = new List<string>();
        var kinds = new HashSet<string>();
        for (int i = 0; i < originals.Count; i++)
        {
            try
            {
                var term = EtfCodec.Decode(originals[i]);
                CollectKinds(term, kinds);
                bool compressed = originals[i][1] == 80;
                var bytes = EtfCodec.Encode(term, compressed);
                if (!term.Equals(EtfCodec.Decode(bytes)))
                    failures.Add($"term {i + 1} changed through our own encoding: {term}");
                reencoded.Add(bytes);
            }
            catch (Exception error)
            {
                failures.Add($"term {i + 1}: {error.Message}");
                reencoded.Add([131, 106]);
            }
        }
        Assert.Empty(failures);
        Assert.Contains(originals, frame => frame[1] == 80);
        string[] everyKind =
        [
            "ErlAtom", "ErlInteger", "ErlFloat", "ErlPid", "ErlRef", "ErlPort", "ErlTuple", "ErlList", "ErlList improper",
            "ErlBinary", "ErlBitstring", "ErlMap", "ErlFun", "ErlExport",
        ];
        Assert.Equal(everyKind.Order(), kinds.Order());

        Frames.Write(ours, reencoded);
        _erl.Eval($"etf_interop:check_round_trip({ErlangScript.Quote(generated)}, {ErlangScript.Quote(ours)}, {ErlangScript.Quote(result)}), halt().");
        // erl writes {Count, IndexesThatDiffer}.
        Assert.Equal($"{{{RandomTermCount},[]}}.", File.ReadAllText(result).Trim());
    }

    [Fact]
    public void TermsWeBuildDecodeInErlangToTheExpectedValues()
    {
        var cases = BuiltTerms();
        string terms = _erl.PathOf("built.bin"), expected = _erl.PathOf("expected.txt"), result = _erl.PathOf("built-result.bin");
        var ourBytes = cases.Select(c => EtfCodec.Encode(c.Term)).ToList();
        Frames.Write(terms, ourBytes);
        File.WriteAllLines(expected, cases.Select(c => c.Expected));
        _erl.Eval($"etf_interop:check_built({ErlangScript.Quote(terms)}, {ErlangScript.Quote(expected)}, {ErlangScript.Quote(result)}), halt().");

        // erl answers {Count, FailedIndexes, [its own term_to_binary(Expected, [{minor_version, 2}])]}.
        var answer = (ErlTuple)EtfCodec.Decode(File.ReadAllBytes(result));
        Assert.Equal(new ErlInteger(cases.Count), answer[0]);
        var failed = ((ErlList)answer[1]).Items.ToArray().Select(i => cases[(int)((ErlInteger)i).LongValue - 1].Expected).ToList();
        Assert.Empty(failed);
        var erlangBytes = ((ErlList)answer[2]).Items.ToArray();
        for (int i = 0; i < cases.Count; i++)
        {
            if (cases[i].SameBytes)
                Assert.True(((ErlBinary)erlangBytes[i]).Span.SequenceEqual(ourBytes[i]), $"erl encodes {cases[i].Expected} differently from us");
        }
    }

    private static void CollectKinds(ErlTerm term, HashSet<string> kinds)
    {
        var pending = new Stack<ErlTerm>();
        pending.Push(term);
        while (pending.TryPop(out var next))
        {
            kinds.Add(next is ErlList { IsProper: false } ? "ErlList improper" : next.GetType().Name);
            var children = next switch
            {
                ErlTuple tuple => tuple.Elements.ToArray(),
                ErlList list => list.IsProper ? list.Items.ToArray() : [.. list.Items, list.Tail],
                ErlMap map => map.Entries.ToArray().SelectMany(e => new[] { e.Key, e.Value }).ToArray(),
                ErlFun fun => fun.FreeVars.ToArray(),
                _ => [],
            };
            foreach (var child in children)
                pending.Push(child);
        }
    }

    private static List<(ErlTerm Term, string Expected, bool SameBytes)> BuiltTerms()
    {
        var node = new ErlAtom("x@127.0.0.1");
        ErlTerm Int(long value) => new ErlInteger(value);
        var bigPositive = BigInteger.One << 2100;
        var deep = (ErlTerm)ErlList.Nil;
        for (int i = 0; i < 1000; i++)
            deep = new ErlList(deep);
        var large = new ErlMap(Enumerable.Range(1, 40).Select(k => new KeyValuePair<ErlTerm, ErlTerm>(Int(k), new ErlAtom("v" + k))));
        return
        [
            (new ErlAtom("hello"), "hello", true),
            (new ErlAtom("Quoted atom"), "'Quoted atom'", true),
            (new ErlAtom("héllo_世界"), "'héllo_世界'", true),
            (new ErlAtom(new string('é', 255)), "list_to_atom(lists:duplicate(255, 233))", true),
            (new ErlAtom(""), "''", true),
            (ErlAtom.True, "true", true),
            (Int(0), "0", true),
            (Int(255), "255", true),
            (Int(256), "256", true),
            (Int(-1), "-1", true),
            (Int(int.MaxValue), "2147483647", true),
            (Int(int.MinValue), "-2147483648", true),
            (Int(int.MaxValue + 1L), "2147483648", true),
            (Int(long.MaxValue), "9223372036854775807", true),
            (Int(long.MinValue), "-9223372036854775808", true),
            (new ErlInteger(BigInteger.Parse("-12345678901234567890")), "-12345678901234567890", true),
            (new ErlInteger(bigPositive), "1 bsl 2100", true),
            (new ErlInteger(-bigPositive), "-(1 bsl 2100)", true),
            (new ErlFloat(3.5), "3.5", true),
            (new ErlFloat(-1.0e300), "-1.0e300", true),
            (new ErlFloat(5e-324), "5.0e-324", true),
            (new ErlFloat(0.1), "0.1", true),
            (ErlList.Nil, "[]", true),
            (ErlList.FromString("ab"), "\"ab\"", true),
            (new ErlList(Int(97), Int(98)), "[97,98]", true),
            (ErlList.FromString("ĀϨ"), "[256,1000]", true),
            (new ErlList([Int(1), Int(2)], Int(3)), "[1,2|3]", true),
            (new ErlList([ErlAtom.Ok], new ErlBinary([1])), "[ok|<<1>>]", true),
            (new ErlList(Enumerable.Range(0, 70_000).Select(i => Int(i % 256))), "[X rem 256 || X <- lists:seq(0, 69999)]", true),
            (ErlTuple.Empty, "{}", true),
            (new ErlTuple(ErlAtom.Ok, Int(1)), "{ok, 1}", true),
            (new ErlTuple(Enumerable.Range(1, 300).Select(i => Int(i))), "list_to_tuple(lists:seq(1, 300))", true),
            (ErlBinary.Empty, "<<>>", true),
            (new ErlBinary([1, 2, 3]), "<<1,2,3>>", true),
            (ErlBinary.FromUtf8("héllo"), "<<\"héllo\"/utf8>>", true),
            (new ErlBitstring([1, 0b0100_0000], 3), "<<1,2:3>>", true),
            (new ErlBitstring([0xFF], 7), "<<127:7>>", true),
            (ErlMap.Empty, "#{}", true),
            (new ErlMap((new ErlAtom("a"), Int(1)), (new ErlAtom("b"), new ErlList(Int(2)))), "#{a => 1, b => [2]}", true),
            (new ErlMap((Int(1), new ErlAtom("int")), (new ErlFloat(1.0), new ErlAtom("float"))), "#{1 => int, 1.0 => float}", false),
            (large, "maps:from_list([{K, list_to_atom(\"v\" ++ integer_to_list(K))} || K <- lists:seq(1, 40)])", false),
            (new ErlExport(new ErlAtom("lists"), new ErlAtom("map"), 2), "fun lists:map/2", true),
            (new ErlPid(node, 42, 7, 3), "check fun(P) -> is_pid(P) andalso node(P) =:= 'x@127.0.0.1' andalso lists:suffix(\".42.7>\", pid_to_list(P)) end", true),
            (new ErlRef(node, 3, [1, 2, 3]), "check fun(R) -> is_reference(R) andalso node(R) =:= 'x@127.0.0.1' andalso lists:suffix(\".3.2.1>\", ref_to_list(R)) end", true),
            (new ErlPort(node, 5, 3), "check fun(P) -> is_port(P) andalso node(P) =:= 'x@127.0.0.1' andalso lists:suffix(\".5>\", port_to_list(P)) end", true),
            (new ErlPort(node, 1UL << 40, 3), "check fun(P) -> is_port(P) andalso node(P) =:= 'x@127.0.0.1' andalso lists:suffix(\".1099511627776>\", port_to_list(P)) end", true),
            (deep, "lists:foldl(fun(_, A) -> [A] end, [], lists:seq(1, 1000))", true),
            (
                new ErlTuple(ErlAtom.Ok, new ErlList(Int(1), Int(2), ErlList.FromString("ab")), new ErlMap((new ErlAtom("a"), new ErlBinary([1, 2])))),
                "{ok, [1,2,\"ab\"], #{a => <<1,2>>}}",
                true
            ),
        ];
    }

    /// <summary>Compiles etf_interop once for the tests of this class.</summary>
    public sealed class Script : IDisposable
    {
        public ErlangScript Erl { get; } = new();

        public void Dispose() => Erl.Dispose();
    }
}
