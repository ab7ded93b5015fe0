"""Utility code for importers: find_spec, resolve_name, spec_from_file_location, module_from_spec."""

import sys
import _imp
from types import ModuleType
from importlib import _resolve_name
from importlib.machinery import ModuleSpec, SourceFileLoader, FrozenImporter, BuiltinImporter

__all__ = ['find_spec', 'resolve_name', 'spec_from_file_location', 'spec_from_loader', 'module_from_spec']


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} (required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _spec_from_found(fullname, found):
    origin, package_dir, kind, source = found
    if kind == 'builtin':
        return ModuleSpec(fullname, BuiltinImporter(), origin='built-in')
    if kind == 'frozen':
        spec = ModuleSpec(fullname, FrozenImporter(fullname, source), origin='frozen', is_package=package_dir is not None)
        return spec
    spec = ModuleSpec(fullname, SourceFileLoader(fullname, origin), origin=origin, is_package=package_dir is not None)
    if package_dir is not None:
        spec.submodule_search_locations.append(package_dir)
    spec.has_location = True
    return spec


def find_spec(name, package=None):
    """The spec of a module (its parent package is imported first), or None when it cannot be found."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    module = sys.modules.get(fullname)
    if fullname in sys.modules:
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is not None:
            return spec
        if fullname == '__main__':
            raise ValueError('{}.__spec__ is None'.format(name))
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        if not hasattr(parent, '__path__'):
            raise ModuleNotFoundError(f"__path__ attribute not found on {parent_name!r} "
                                      f"while trying to find {fullname!r}", name=fullname)
    found = _imp.find(fullname)
    if found is None:
        return None
    return _spec_from_found(fullname, found)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a loader."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for a .py file, loaded by a SourceFileLoader unless another loader is given."""
    if location is None:
        return None
    if loader is None:
        if not str(location).endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new module for spec, with its import attributes set (its code is not run)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        module = ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module
