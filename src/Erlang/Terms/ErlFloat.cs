namespace IronUwsgi.Erlang.Terms;

/// <summary>An Erlang float: a finite double (Erlang has no NaN or infinity).</summary>
public sealed class ErlFloat : ErlTerm
{
    public ErlFloat(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException($"Erlang floats are finite, got {value}", nameof(value));
        Value = value;
    }

    public double Value { get; }

    internal override TermRank Rank => TermRank.Number;

    // 0.0 =:= -0.0 holds in OTP 25, so both zeros hash alike.
    public override int GetHashCode() => Value == 0 ? 0 : Value.GetHashCode();
}
