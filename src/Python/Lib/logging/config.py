"""logging.config.dictConfig: set loggers, handlers, formatters and filters up from a dict."""

import logging
import logging.handlers
import re
import sys

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def _resolve(name):
    """Imports a dotted name: a module, then attributes down from it."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for frag in parts:
        used += '.' + frag
        try:
            found = getattr(found, frag)
        except AttributeError:
            __import__(used)
            found = getattr(found, frag)
    return found


class DictConfigurator(object):
    """Applies one configuration dict (schema version 1) to the logging module."""

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}
    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')

    def __init__(self, config):
        self.config = config

    def ext_convert(self, value):
        return _resolve(value)

    def cfg_convert(self, value):
        # A dotted path with optional [index] parts into the configuration itself.
        rest = value
        m = re.match(r'^\s*(\w+)\s*', rest)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = rest[m.end():]
        d = self.config[m.group(1)]
        while rest:
            m = re.match(r'^\.\s*(\w+)\s*', rest)
            if m:
                d = d[m.group(1)]
            else:
                m = re.match(r'^\[\s*(\w+)\s*\]\s*', rest)
                if not m:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                key = m.group(1)
                d = d[int(key)] if key.isdigit() and not isinstance(d, dict) else d[key]
            rest = rest[m.end():]
        return d

    def convert(self, value):
        if isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                converter = self.value_converters.get(m.group('prefix'))
                if converter:
                    return getattr(self, converter)(m.group('suffix'))
        return value

    def resolve(self, s):
        return s if callable(s) else _resolve(s)

    def configure_custom(self, config):
        config = dict(config)
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: self.convert(config[k]) for k in config if IDENTIFIER.match(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                for name, hconfig in config.get('handlers', {}).items():
                    handler = logging._handlers.get(name)
                    if handler is None:
                        raise ValueError('No handler found with name %r' % name)
                    if 'level' in hconfig:
                        handler.setLevel(logging._checkLevel(hconfig['level']))
                for name, lconfig in config.get('loggers', {}).items():
                    self.configure_logger(name, lconfig, True)
                if config.get('root'):
                    self.configure_root(config['root'], True)
                return
            disable_existing = config.pop('disable_existing_loggers', True)
            logging._handlers.clear()
            del logging._handlerList[:]
            formatters = {}
            for name, fconfig in config.get('formatters', {}).items():
                try:
                    formatters[name] = self.configure_formatter(fconfig)
                except Exception as e:
                    raise ValueError('Unable to configure formatter %r' % name) from e
            filters = {}
            for name, fconfig in config.get('filters', {}).items():
                try:
                    filters[name] = self.configure_filter(fconfig)
                except Exception as e:
                    raise ValueError('Unable to configure filter %r' % name) from e
            self.formatters = formatters
            self.filters = filters
            self.handlers = {}
            handlers = config.get('handlers', {})
            # Handlers naming another as target (MemoryHandler) wait until it exists.
            pending = sorted(handlers)
            while pending:
                deferred = []
                for name in pending:
                    try:
                        handler = self.configure_handler(handlers[name])
                    except _TargetNotReady:
                        deferred.append(name)
                        continue
                    except Exception as e:
                        raise ValueError('Unable to configure handler %r' % name) from e
                    handler.name = name
                    self.handlers[name] = handler
                if len(deferred) == len(pending):
                    raise ValueError('Unable to configure handler %r' % deferred[0])
                pending = deferred
            root = logging.root
            existing = list(root.manager.loggerDict.keys())
            existing.sort()
            child_loggers = []
            loggers = config.get('loggers', {})
            for name in loggers:
                if name in existing:
                    i = existing.index(name) + 1
                    prefixed = name + "."
                    while i < len(existing) and existing[i][:len(prefixed)] == prefixed:
                        child_loggers.append(existing[i])
                        i += 1
                    existing.remove(name)
                try:
                    self.configure_logger(name, loggers[name])
                except Exception as e:
                    raise ValueError('Unable to configure logger %r' % name) from e
            for log in existing:
                logger = root.manager.loggerDict[log]
                if log in child_loggers:
                    logger.level = logging.NOTSET
                    logger.handlers = []
                    logger.propagate = True
                elif disable_existing:
                    logger.disabled = True
            if config.get('root'):
                try:
                    self.configure_root(config['root'])
                except Exception as e:
                    raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        validate = config.get('validate', True)
        defaults = config.get('defaults', None)
        cname = config.get('class', None)
        c = logging.Formatter if not cname else self.resolve(cname)
        if defaults is not None:
            return c(fmt, dfmt, style, validate, defaults=defaults)
        return c(fmt, dfmt, style, validate)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            filterer.addFilter(self.filters[f] if isinstance(f, str) else f)

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            formatter = self.formatters[formatter]
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            handler = self.configure_custom(config)
        else:
            cname = config.pop('class')
            klass = self.resolve(cname) if not callable(cname) else cname
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                target = config['target']
                if target not in self.handlers:
                    raise _TargetNotReady(target)
                config['target'] = self.handlers[target]
            kwargs = {k: self.convert(config[k]) for k in config if IDENTIFIER.match(k)}
            handler = klass(**kwargs)
        if formatter:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(handler, filters)
        return handler

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            for name in config.get('handlers', []):
                try:
                    logger.addHandler(self.handlers[name])
                except KeyError as e:
                    raise ValueError('Unable to add handler %r' % name) from e
            self.add_filters(logger, config.get('filters', []))

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


class _TargetNotReady(Exception):
    """A handler's target handler is not configured yet."""


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures logging from a dictionary (see the logging.config documentation)."""
    dictConfigClass(dict(config)).configure()
