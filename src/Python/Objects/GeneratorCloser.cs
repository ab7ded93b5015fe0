namespace IronUwsgi.Python.Objects;

/// <summary>
/// The finalizable part of a generator suspended inside a try or with: only the generator holds it,
/// so it becomes garbage with the generator and hands it to the engine to be closed.
/// </summary>
internal sealed class GeneratorCloser(PyGenerator generator, Engine.Finalizers finalizers, long sequence)
{
    ~GeneratorCloser() => finalizers.Enqueue(generator, sequence);
}
