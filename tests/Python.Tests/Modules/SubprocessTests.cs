using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

public sealed class SubprocessTests
{
    [LinuxFact]
    public void RunCapturesBothStreamsAndTheExitStatus()
    {
        var output = PythonRunner.Run("""
            import subprocess
            r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 7"], capture_output=True)
            print(r)
            print(subprocess.run("echo $((6*7))", shell=True, capture_output=True, text=True).stdout, end="")
            """);
        Assert.Equal("CompletedProcess(args=['sh', '-c', 'echo out; echo err >&2; exit 7'], returncode=7, stdout=b'out\\n', stderr=b'err\\n')\n42\n", output);
    }

    [LinuxFact]
    public void CommunicateFeedsInputAndReadsLargeOutputsWithoutDeadlock()
    {
        var output = PythonRunner.Run("""
            import subprocess
            data = b"x" * 500000
            with subprocess.Popen(["sh", "-c", "cat; head -c 300000 /dev/zero >&2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as p:
                out, err = p.communicate(data, timeout=30)
            print(out == data, len(err), p.returncode)
            """);
        Assert.Equal("True 300000 0\n", output);
    }

    [LinuxFact]
    public void CheckCallAndTimeoutsRaiseCPythonsErrors()
    {
        var output = PythonRunner.Run("""
            import subprocess
            try:
                subprocess.check_output(["sh", "-c", "echo partial; exit 3"])
            except subprocess.CalledProcessError as e:
                print(repr(e), e, e.output)
            p = subprocess.Popen(["sleep", "10"])
            try:
                p.wait(timeout=0.05)
            except subprocess.TimeoutExpired as e:
                print(e)
            p.terminate()
            print(p.wait())
            """);
        Assert.Equal(
            "CalledProcessError(3, ['sh', '-c', 'echo partial; exit 3']) Command '['sh', '-c', 'echo partial; exit 3']' returned non-zero exit status 3. b'partial\\n'\n"
            + "Command '['sleep', '10']' timed out after 0.05 seconds\n-15\n",
            output);
    }

    [LinuxFact]
    public void StderrJoinsStdoutAndChildPipesAreEngineDescriptors()
    {
        var output = PythonRunner.Run("""
            import os, subprocess
            with subprocess.Popen(["sh", "-c", "echo a; sleep 0.05; echo b >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as p:
                fd = p.stdout.fileno()
                print(os.read(fd, 2), p.stdout.read())
            """);
        Assert.Equal("b'a\\n' b'b\\n'\n", output);
    }

    [Fact]
    public void AMissingProgramIsFileNotFoundError()
    {
        Assert.Contains(
            "FileNotFoundError: [Errno 2] No such file or directory: 'no-such-program-zz'",
            PythonRunner.RunExpectingError("import subprocess\nsubprocess.run(['no-such-program-zz'])"));
    }
}
