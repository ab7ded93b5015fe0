using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

public sealed class UuidModuleTests
{
    [Fact]
    public void NameBasedUuidsMatchRfc4122()
    {
        var output = PythonRunner.Run("import uuid\nprint(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))");
        Assert.Equal("6fa459ea-ee8a-3ca4-894e-db77e160355e 886313e1-3b8a-5372-9b90-0c9aee199e5d\n", output);
    }

    [Fact]
    public void EveryConstructorFormGivesTheSameUuid()
    {
        var output = PythonRunner.Run(
            "import uuid\nu = uuid.UUID('{12345678-1234-5678-1234-567812345678}')\n" +
            "forms = [uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields), uuid.UUID(int=u.int), uuid.UUID(u.urn)]\n" +
            "print(all(f == u for f in forms), repr(u), u.fields, u.variant, u.version)");
        Assert.Equal("True UUID('12345678-1234-5678-1234-567812345678') (305419896, 4660, 22136, 18, 52, 95073701484152) reserved for NCS compatibility None\n", output);
    }

    [Fact]
    public void RandomAndTimeUuidsCarryTheirVersion()
    {
        var output = PythonRunner.Run("import uuid\na, b = uuid.uuid4(), uuid.uuid1()\nprint(a.version, a.variant, b.version, a != uuid.uuid4(), str(a)[14])");
        Assert.Equal("4 specified in RFC 4122 1 True 4\n", output);
    }

    [Fact]
    public void BadInputRaisesValueErrorAndUuidsAreImmutable()
    {
        var output = PythonRunner.Run(
            "import uuid\ntry:\n    uuid.UUID('not-a-uuid')\nexcept ValueError as e:\n    print(e)\n" +
            "try:\n    uuid.UUID(int=0).int = 5\nexcept TypeError as e:\n    print(e)");
        Assert.Equal("badly formed hexadecimal UUID string\nUUID objects are immutable\n", output);
    }
}
