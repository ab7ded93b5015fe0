using System.Reflection;

namespace IronUwsgi.Python.Engine;

/// <summary>The modules written in Python that ship inside the assembly (src/Python/Lib), found after sys.path.</summary>
internal static class EmbeddedLibrary
{
    private static readonly Assembly Self = typeof(EmbeddedLibrary).Assembly;

    public static bool TryGet(string name, out string source, out bool isPackage)
    {
        var path = name.Replace('.', '/');
        isPackage = false;
        if (Read("Lib/" + path + ".py") is { } module)
        {
            source = module;
            return true;
        }

        if (Read("Lib/" + path + "/__init__.py") is { } package)
        {
            isPackage = true;
            source = package;
            return true;
        }

        source = "";
        return false;
    }

    private static string? Read(string resource)
    {
        using var stream = Self.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
