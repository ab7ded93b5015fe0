using IronUwsgi.Server.Options;

namespace IronUwsgi.Server;

internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--pyrun")
        {
            return PyRun.PyRunCommand.Run(args[1..]);
        }

        if (args.Contains("--version"))
        {
            Console.Out.Write(ServerVersion.Text + "\n");
            return 0;
        }
        if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
        {
            Console.Out.Write(OptionCatalog.HelpText());
            return 0;
        }
        Console.Error.Write($"ironuwsgi: unrecognized option '{args[0]}'\n");
        return 1;
    }
}
