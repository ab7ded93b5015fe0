using System.Reflection;

namespace IronUwsgi.Server;

/// <summary>The version <c>--version</c> prints, taken from the assembly so it has one source.</summary>
internal static class ServerVersion
{
    public static string Text { get; } =
        typeof(ServerVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";
}
