namespace IronUwsgi.Runtime.Gateway;

/// <summary>The server's log as handlers see it: whole lines in uWSGI's shape.</summary>
public interface IServerLog
{
    /// <summary>Writes one line (no trailing newline needed), as <c>uwsgi_log</c> does; also the sink of <c>wsgi.errors</c>.</summary>
    void Write(string line);

    /// <summary>Logs <c>WSGI app N (mountpoint='M') ready in S seconds on interpreter I pid: P</c> (plus <c>(default app)</c>).</summary>
    void AppReady(int appId, string mountpoint, TimeSpan loadTime, string interpreter, bool defaultApp);
}
