"""Module specs and loaders (this implementation's own module)."""

import sys

__all__ = ['ModuleSpec', 'SourceFileLoader', 'BuiltinImporter', 'FrozenImporter', 'SOURCE_SUFFIXES',
           'all_suffixes']

SOURCE_SUFFIXES = ['.py']
EXTENSION_SUFFIXES = []
BYTECODE_SUFFIXES = []


def all_suffixes():
    """The file suffixes the import system recognizes."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The import-system-related state of a module: name, loader, origin and package locations."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self._set_fileattr = False

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def parent(self):
        """The name of the module's parent package."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class SourceFileLoader:
    """Loads a module from a .py file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_source(self, fullname=None):
        with open(self.path, encoding='utf-8') as f:
            return f.read()

    def is_package(self, fullname=None):
        filename = self.path.replace('\\', '/').rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = compile(self.get_source(), self.path, 'exec')
        exec(code, module.__dict__)


class FrozenImporter:
    """Loads the modules that ship inside this implementation."""

    def __init__(self, fullname, source):
        self.name = fullname
        self._source = source

    def __repr__(self):
        return "<class '_frozen_importlib.FrozenImporter'>"

    def get_source(self, fullname=None):
        return self._source

    def is_package(self, fullname=None):
        return False

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(compile(self._source, f'<frozen {self.name}>', 'exec'), module.__dict__)


class BuiltinImporter:
    """Loads the modules written in C#."""

    def __repr__(self):
        return "<class '_frozen_importlib.BuiltinImporter'>"

    def create_module(self, spec):
        __import__(spec.name)
        return sys.modules[spec.name]

    def exec_module(self, module):
        pass
