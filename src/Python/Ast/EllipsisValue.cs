namespace IronUwsgi.Python.Ast;

/// <summary>The value of the <c>...</c> constant in a <see cref="Constant"/> node.</summary>
internal sealed class EllipsisValue
{
    public static readonly EllipsisValue Instance = new();

    private EllipsisValue()
    {
    }
}
