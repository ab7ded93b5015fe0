using System.Text;
using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Parsing;
using IronUwsgi.Python.Parsing.Literals;

namespace IronUwsgi.Python.Tests.Lexing;

/// <summary>Random input only ever produces tokens or a PythonSyntaxError: no other exception, no hang.</summary>
public class LexerRobustnessTests
{
    private const string Alphabet = "ab_1 0xoj.eE+-=*/<>!:()[]{}'\"\\\n\r\t\f#,;@~$?ééₐ€\u00a0\u200b\ud83d\ude00\ud800{}frbuFRBU\0";

    private static string RandomSource(Random random, int length)
    {
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            sb.Append(Alphabet[random.Next(Alphabet.Length)]);
        }
        return sb.ToString();
    }

    [Fact]
    public void RandomSourcesTokenizeOrRaiseSyntaxError()
    {
        var random = new Random(20261127);
        int errors = 0;
        for (int n = 0; n < 20_000; n++)
        {
            string source = RandomSource(random, random.Next(1, 60));
            try
            {
                foreach (var token in Tokenizer.TokenizeAll(source, "<fuzz>"))
                {
                    CheckLiteral(token);
                }
            }
            catch (PythonSyntaxError e)
            {
                Assert.True(e.LineNo >= 0 && e.Message.Length > 0);
                errors++;
            }
        }
        Assert.InRange(errors, 1, 19_999);
    }

    [Fact]
    public void RandomBytesDecodeOrRaiseSyntaxError()
    {
        var random = new Random(7);
        byte[][] heads = ["# coding: latin-1\n"u8.ToArray(), "# coding: cp1252\n"u8.ToArray(), [0xEF, 0xBB, 0xBF], [], "#\n# coding=koi8-r\n"u8.ToArray()];
        for (int n = 0; n < 5_000; n++)
        {
            var bytes = new byte[random.Next(0, 40)];
            random.NextBytes(bytes);
            byte[] source = [.. heads[n % heads.Length], .. bytes];
            try
            {
                Tokenizer.TokenizeAll(SourceDecoder.Decode(source, "<fuzz>"), "<fuzz>");
            }
            catch (PythonSyntaxError)
            {
            }
        }
    }

    private static void CheckLiteral(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Number:
                Assert.NotNull(NumberLiteral.Parse(token.Text));
                break;
            case TokenKind.String:
                var literal = StringToken.Parse(token.Text);
                if (literal.IsFormatted)
                {
                    try
                    {
                        FStringSplitter.Split(token.Text, token.Start, message => new FormatException(message), e =>
                        {
                            try
                            {
                                var expression = Tokenizer.ForFStringExpression(e.Text, "<fuzz>", e.Start);
                                while (expression.Next().Kind != TokenKind.EndMarker)
                                {
                                }
                            }
                            catch (PythonSyntaxError)
                            {
                            }
                        });
                    }
                    catch (FormatException)
                    {
                    }
                }
                else if (literal.IsBytes)
                {
                    StringLiteral.TryDecodeBytes(token.Text, out _, out _);
                }
                else
                {
                    StringLiteral.TryDecodeString(token.Text, out _, out _);
                }
                break;
        }
    }
}
