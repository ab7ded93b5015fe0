using IronUwsgi.Python.Ast;
using Assert = Xunit.Assert;

namespace IronUwsgi.Python.Tests.Parsing;

/// <summary>The dumper follows ast.dump's layout: omitted optional None fields, lists, enums, attributes.</summary>
public sealed class DumperTests
{
    [Fact]
    public void DumpOmitsOptionalNoneFieldsAndWritesEmptyLists()
    {
        var args = new Arguments([], [], null, [], [], null, []);
        var ret = new Return(null) { Lineno = 2, ColOffset = 4, EndLineno = 2, EndColOffset = 10 };
        var def = new FunctionDef("f", args, [ret], [], null, null);
        var module = new Module([def], []);
        Assert.Equal(
            "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return()], decorator_list=[])], type_ignores=[])",
            AstDumper.Dump(module));
        Assert.Equal("Return(lineno=2, col_offset=4, end_lineno=2, end_col_offset=10)", AstDumper.Dump(ret, includeAttributes: true));
    }

    [Fact]
    public void DumpWritesConstantsContextsAndNoneListElements()
    {
        var dict = new Dict([null, new Constant("k", "u")], [new Name("a", ExprContext.Load), new Constant(null, null)]);
        Assert.Equal("Dict(keys=[None, Constant(value='k', kind='u')], values=[Name(id='a', ctx=Load()), Constant(value=None)])", AstDumper.Dump(dict));
        var compare = new Compare(new Constant(1L, null), [CmpOpKind.NotIn, CmpOpKind.IsNot], [new Constant(EllipsisValue.Instance, null), new Constant(2.0, null)]);
        Assert.Equal("Compare(left=Constant(value=1), ops=[NotIn(), IsNot()], comparators=[Constant(value=Ellipsis), Constant(value=2.0)])", AstDumper.Dump(compare));
        var global = new Global(["x", "y"]);
        Assert.Equal("Global(names=['x', 'y'])", AstDumper.Dump(global));
    }
}
