namespace IronUwsgi.Bridge.Module;

/// <summary>What the uwsgi module tells apps about the server: version, options, number of workers, where log() writes.</summary>
/// <param name="Options">Every option set, by name, with its values in order (uwsgi.opt).</param>
public sealed record UwsgiModuleOptions(
    string Version,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Options,
    int Processes,
    Action<string> Log);
