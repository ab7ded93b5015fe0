"""Abstract syntax trees: the parser's trees as Python objects, and helpers to walk, change and print them."""
import _ast
from _ast import PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            plural = "" if len(fields) == 1 else "s"
            raise TypeError(f"{type(self).__name__} constructor takes at most {len(fields)} positional argument{plural}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


AST.__module__ = "ast"


def _make_classes():
    made = {"AST": AST}
    for name, base, fields, attributes, optional in _ast.classes():
        namespace = {"_fields": fields, "_attributes": attributes, "__module__": "ast"}
        if fields:
            namespace["__match_args__"] = fields
        # Optional fields and the end positions read as None when never set, as in CPython.
        for field in optional:
            namespace[field] = None
        if "end_lineno" in attributes:
            namespace["end_lineno"] = None
            namespace["end_col_offset"] = None
        made[name] = type(name, (made[base],), namespace)
    return made


_classes = _make_classes()
globals().update(_classes)
_ast.register(_classes)
del _make_classes


def parse(source, filename="<unknown>", mode="exec", *, type_comments=False, feature_version=None):
    """Parses source into an AST node (mode 'exec', 'eval' or 'single')."""
    return compile(source, filename, mode, PyCF_ONLY_AST)


def iter_fields(node):
    """Yields (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yields the direct child nodes: fields that are nodes, and nodes inside list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yields node and all its descendants, breadth first."""
    pending = [node]
    i = 0
    while i < len(pending):
        current = pending[i]
        i += 1
        pending.extend(iter_child_nodes(current))
        yield current


class NodeVisitor:
    """Calls visit_<ClassName> for each node (generic_visit, which visits the children, by default)."""

    def visit(self, node):
        method = getattr(self, "visit_" + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node (None removes it, a list splices)."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                kept = []
                for item in value:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            kept.extend(item)
                            continue
                    kept.append(item)
                value[:] = kept
            elif isinstance(value, AST):
                replacement = self.visit(value)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


_POSITIONS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def copy_location(new_node, old_node):
    """Copies the source positions of old_node to new_node and returns new_node."""
    for name in _POSITIONS:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            # An end position may be copied as None; a start position only when set.
            if value is not None or (name.startswith("end_") and hasattr(old_node, name)):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Gives every node without positions those of its parent (the root defaults to line 1, column 0)."""
    def fix(current, lineno, col_offset, end_lineno, end_col_offset):
        attributes = current._attributes
        if "lineno" in attributes:
            if hasattr(current, "lineno"):
                lineno = current.lineno
            else:
                current.lineno = lineno
        if "end_lineno" in attributes:
            if getattr(current, "end_lineno", None) is None:
                current.end_lineno = end_lineno
            else:
                end_lineno = current.end_lineno
        if "col_offset" in attributes:
            if hasattr(current, "col_offset"):
                col_offset = current.col_offset
            else:
                current.col_offset = col_offset
        if "end_col_offset" in attributes:
            if getattr(current, "end_col_offset", None) is None:
                current.end_col_offset = end_col_offset
            else:
                end_col_offset = current.end_col_offset
        for child in iter_child_nodes(current):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)

    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Adds n to the line numbers of node and all its descendants."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, "lineno", 0) + n
            continue
        if "lineno" in child._attributes:
            child.lineno = getattr(child, "lineno", 0) + n
        if "end_lineno" in child._attributes:
            end = getattr(child, "end_lineno", 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def _cleandoc(text):
    lines = text.expandtabs().split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    margin = min(indents) if indents else 0
    lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node (None without one), cleaned like inspect.cleandoc."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    return _cleandoc(value.value) if clean else value.value


def _malformed(node):
    message = "malformed node or string"
    line = getattr(node, "lineno", None)
    if line:
        message += f" on line {line}"
    raise ValueError(message + f": {node!r}")


def literal_eval(node_or_string):
    """Evaluates a node or string holding only literals: numbers, strings, bytes, tuples, lists,
    dicts, sets, booleans, None and Ellipsis (and + or - between a real and an imaginary number)."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode="eval")
    if isinstance(node, Expression):
        node = node.body

    def number(n):
        if not isinstance(n, Constant) or type(n.value) not in (int, float, complex):
            _malformed(n)
        return n.value

    def signed(n):
        if isinstance(n, UnaryOp) and isinstance(n.op, (UAdd, USub)):
            value = number(n.operand)
            return +value if isinstance(n.op, UAdd) else -value
        return number(n)

    def convert(n):
        if isinstance(n, Constant):
            return n.value
        if isinstance(n, Tuple):
            return tuple(map(convert, n.elts))
        if isinstance(n, List):
            return list(map(convert, n.elts))
        if isinstance(n, Set):
            return set(map(convert, n.elts))
        if (isinstance(n, Call) and isinstance(n.func, Name) and n.func.id == "set"
                and n.args == n.keywords == []):
            return set()
        if isinstance(n, Dict):
            if len(n.keys) != len(n.values):
                _malformed(n)
            return dict(zip(map(convert, n.keys), map(convert, n.values)))
        if isinstance(n, BinOp) and isinstance(n.op, (Add, Sub)):
            left = signed(n.left)
            right = number(n.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(n.op, Add) else left - right
        return signed(n)

    return convert(node)


def unparse(ast_obj):
    """Python source that parses back to an equivalent tree (CPython's formatting)."""
    return _ast.unparse(ast_obj)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree as text: class names with their fields, like the constructor calls that rebuild it."""
    if not isinstance(node, AST):
        raise TypeError("expected AST, got %r" % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent

    def unset_default(owner, name, value):
        # A None that is only the class default (an optional field never given) is left out.
        return value is None and getattr(type(owner), name, ...) is None

    def text(value, level):
        """(text, simple): simple values may share a line when there are at most three."""
        if indent is None:
            opening, separator = "", ", "
        else:
            level += 1
            opening = "\n" + indent * level
            separator = ",\n" + indent * level
        if isinstance(value, list):
            if not value:
                return "[]", True
            return "[" + opening + separator.join(text(v, level)[0] for v in value) + "]", False
        if not isinstance(value, AST):
            return repr(value), True
        parts = []
        simple = True
        named = annotate_fields
        for name in value._fields:
            if not hasattr(value, name):
                named = True
                continue
            field = getattr(value, name)
            if unset_default(value, name, field):
                named = True
                continue
            shown, field_simple = text(field, level)
            simple = simple and field_simple
            parts.append(f"{name}={shown}" if named else shown)
        if include_attributes:
            for name in value._attributes:
                if not hasattr(value, name):
                    continue
                field = getattr(value, name)
                if unset_default(value, name, field):
                    continue
                shown, field_simple = text(field, level)
                simple = simple and field_simple
                parts.append(f"{name}={shown}")
        name = value.__class__.__name__
        if simple and len(parts) <= 3:
            return f"{name}({', '.join(parts)})", not parts
        return f"{name}({opening}{separator.join(parts)})", False

    return text(node, 0)[0]
