using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Parsing;

/// <summary>Parameter lists of def and lambda: positional-only, defaults, *args, keyword-only, **kwargs.</summary>
internal sealed partial class Parser
{
    private Arguments ParseParameters(string close, bool allowAnnotations)
    {
        var posOnly = new List<Arg>();
        var args = new List<Arg>();
        var defaults = new List<Expr>();
        var kwOnly = new List<Arg>();
        var kwDefaults = new List<Expr?>();
        Arg? vararg = null;
        Arg? kwarg = null;
        bool sawStar = false;
        bool sawSlash = false;
        while (!IsOp(close))
        {
            Token t = Cur;
            if (kwarg is not null)
            {
                throw ErrorAt(t, "arguments cannot follow var-keyword argument");
            }

            if (IsOp("/"))
            {
                if (sawSlash)
                {
                    throw ErrorAt(t, "/ may appear only once");
                }

                if (sawStar)
                {
                    throw ErrorAt(t, "/ must be ahead of *");
                }

                if (args.Count == 0)
                {
                    throw ErrorAt(t, "at least one argument must precede /");
                }

                _pos++;
                sawSlash = true;
                posOnly.AddRange(args);
                args.Clear();
            }
            else if (IsOp("*"))
            {
                if (sawStar)
                {
                    throw ErrorAt(t, "* argument may appear only once");
                }

                _pos++;
                sawStar = true;
                if (IsOp(",") || IsOp(close))
                {
                    if (IsOp(close) || IsOpToken(PeekAt(1), close) || IsOpToken(PeekAt(1), "**"))
                    {
                        throw ErrorAt(t, "named arguments must follow bare *");
                    }
                }
                else
                {
                    vararg = ParseParameter(allowAnnotations, starAnnotation: true);
                    if (IsOp("="))
                    {
                        throw ErrorAt(Cur, "var-positional argument cannot have default value");
                    }
                }
            }
            else if (IsOp("**"))
            {
                _pos++;
                kwarg = ParseParameter(allowAnnotations, starAnnotation: false);
                if (IsOp("="))
                {
                    throw ErrorAt(Cur, "var-keyword argument cannot have default value");
                }
            }
            else
            {
                Arg arg = ParseParameter(allowAnnotations, starAnnotation: false);
                Expr? value = AcceptOp("=") ? ParseExpression() : null;
                if (sawStar)
                {
                    kwOnly.Add(arg);
                    kwDefaults.Add(value);
                }
                else
                {
                    if (value is not null)
                    {
                        defaults.Add(value);
                    }
                    else if (defaults.Count > 0)
                    {
                        throw ErrorAt(arg, "non-default argument follows default argument");
                    }

                    args.Add(arg);
                }
            }

            if (!AcceptOp(","))
            {
                break;
            }
        }

        if (!IsOp(close))
        {
            throw InvalidSyntax();
        }

        return new Arguments(posOnly, args, vararg, kwOnly, kwDefaults, kwarg, defaults);
    }

    private Arg ParseParameter(bool allowAnnotations, bool starAnnotation)
    {
        Token name = Cur;
        ExpectName();
        Expr? annotation = null;
        if (allowAnnotations && AcceptOp(":"))
        {
            annotation = starAnnotation ? ParseStarExpression() : ParseExpression();
        }

        return Fin(new Arg(name.Text, annotation, null), name.Start);
    }
}
