# The ast module: parse, dump (indent, attributes, annotate_fields), node classes, literal_eval, visitors, compile of built trees.
import ast
src = "def f(a, *b, c=1, **d):\n    '''Doc.\n\n    More.'''\n    return a + c\nx = [i * 2 for i in range(3) if i]\n"
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree.body[1], indent=4))
print(ast.dump(tree.body[1].value, include_attributes=True, annotate_fields=False))
print(ast.dump(ast.parse("a.b[1:2, ::3] = yield_ = not -x", mode="exec"), indent="\t"))
print(ast.dump(ast.parse("1 if x else {**y}", mode="eval")), ast.dump(ast.parse("x = 1", mode="single")))
print(ast.get_docstring(tree.body[0]), repr(ast.get_docstring(tree.body[0], clean=False)), ast.get_docstring(tree))
print([type(n).__name__ for n in ast.walk(tree.body[1])])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("x", mode="eval").body)], [type(c).__name__ for c in ast.iter_child_nodes(tree.body[0])])
print(isinstance(tree.body[0], ast.stmt), isinstance(tree.body[0], ast.expr), issubclass(ast.BinOp, ast.AST), ast.Add.__mro__[1].__name__)
print(ast.FunctionDef._fields, ast.arguments._fields, ast.arg._attributes, ast.Constant.__match_args__, ast.comprehension._attributes)
n = ast.Name("x", ast.Load(), lineno=3)
print(n.id, n.lineno, n.end_lineno, ast.Return().value, hasattr(ast.Name(), "id"), ast.dump(n, include_attributes=True))
for text in ["(1, 2.5, -3, 'a', b'z', None, True, ...)", "{'a': [1, {2}], 'b': set()}", "-1-2j", "1+2j", "+3"]:
    print(repr(ast.literal_eval(text)))
for text in ["x", "f()", "1+1", "[1, y]", "{1: 2, **x}"]:
    try:
        ast.literal_eval(text)
    except ValueError as e:
        print("ValueError:", str(e).split(": <")[0])


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)


c = Counter()
c.visit(tree)
print(c.names)


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_Pass(self, node):
        return None


t = Doubler().visit(ast.parse("y = 1 + 2\nif y:\n    pass\n    z = 5\n"))
ast.fix_missing_locations(t)
ns = {}
exec(compile(t, "<doubled>", "exec"), ns)
print(ns["y"], ns["z"], ast.dump(t.body[1]))
built = ast.Module(body=[ast.Assign(targets=[ast.Name("r", ast.Store())], value=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))], type_ignores=[])
ast.fix_missing_locations(built)
exec(compile(built, "<built>", "exec"), ns)
print(ns["r"], built.body[0].lineno, built.body[0].value.col_offset, ast.increment_lineno(built, 4).body[0].lineno, built.body[0].value.left.end_lineno)
print(eval(compile(ast.Expression(ast.fix_missing_locations(ast.Constant("hi"))), "<e>", "eval")))
for bad, mode in [(ast.Module(body=[]), "exec"), (ast.Module(body=[ast.Expr()], type_ignores=[]), "exec"), (ast.Expression(body=ast.Name("x", ast.Load())), "exec"), (ast.Module(body=[], type_ignores=[]), "eval")]:
    try:
        compile(bad, "<bad>", mode)
    except TypeError as e:
        print("TypeError:", e)
try:
    ast.Name(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.parse("x = (")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
print(type(ast.parse("x", mode="eval")).__name__, type(ast.parse("x", mode="single")).__name__, ast.PyCF_ONLY_AST)
print(ast.dump(compile("a + 1", "<s>", "eval", ast.PyCF_ONLY_AST)))
for text in ["(int, *str) -> List[int]", "() -> None", "(*a, **b) -> x"]:
    print(ast.dump(ast.parse(text, mode="func_type"), include_attributes=True))
for text in ["(int,) -> x", "int -> x", "(**a, b) -> c"]:
    try:
        ast.parse(text, mode="func_type")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    compile("() -> None", "<f>", "func_type")
except ValueError as e:
    print("ValueError:", e)
