namespace IronUwsgi.Server.Options;

/// <summary>A start-up configuration error; its message is the one line the user sees.</summary>
internal sealed class OptionException(string message) : Exception(message);
