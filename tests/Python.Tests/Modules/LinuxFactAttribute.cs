namespace IronUwsgi.Python.Tests.Modules;

/// <summary>A fact about Linux's own calls (/proc, statx, uname): skipped on other systems, where they do not exist.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Linux only";
        }
    }
}
