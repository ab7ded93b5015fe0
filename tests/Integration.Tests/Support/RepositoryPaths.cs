namespace IronUwsgi.Integration.Tests.Support;

/// <summary>Files of the repository the tests run against (found by walking up to the solution file).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string PyApp(string name) => Path.Combine(Root, "pyapps", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IronUwsgi.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("IronUwsgi.sln not found above " + AppContext.BaseDirectory);
    }
}
