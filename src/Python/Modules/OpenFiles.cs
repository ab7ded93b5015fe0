namespace IronUwsgi.Python.Modules;

/// <summary>
/// The files an engine's code opened and may not close: flushed when its script ends, as CPython flushes
/// unclosed files at exit (the CLR runs no finalizers then). Held weakly, so a dropped file is still collected.
/// </summary>
internal sealed class OpenFiles
{
    private readonly List<WeakReference<FileObject>> files = [];
    private int pruneAt = 64;

    public void Add(FileObject file)
    {
        lock (files)
        {
            if (files.Count >= pruneAt)
            {
                files.RemoveAll(w => !w.TryGetTarget(out var f) || f.Closed);
                pruneAt = Math.Max(64, files.Count * 2);
            }

            files.Add(new WeakReference<FileObject>(file));
        }
    }

    /// <summary>Writes out what every open file still buffers; a file that cannot be written is left as it is.</summary>
    public void FlushAll()
    {
        lock (files)
        {
            foreach (var weak in files)
            {
                if (weak.TryGetTarget(out var file))
                {
                    file.FlushQuietly();
                }
            }
        }
    }
}
