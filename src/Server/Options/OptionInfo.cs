namespace IronUwsgi.Server.Options;

/// <summary>One option as uWSGI spells it: long name, optional short letter, whether it takes a value.</summary>
internal sealed record OptionInfo(string Name, char? Short, bool TakesValue, bool Repeatable, string? Default, string Help);
