namespace IronUwsgi.Runtime.Apps;

/// <summary>The app's module loaded but has no usable callable; the message is uWSGI's log line for it.</summary>
internal sealed class AppLoadException(string message) : Exception(message);
