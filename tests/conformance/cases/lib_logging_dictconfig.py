import logging, logging.config, sys, io

early = logging.getLogger("early")
early_child = logging.getLogger("app.sub")

class Upper(logging.Filter):
    def filter(self, record):
        record.msg = str(record.msg).upper()
        return True

def make_formatter(prefix):
    return logging.Formatter(prefix + " %(name)s %(message)s")

logging.config.dictConfig({
    "version": 1,
    "formatters": {
        "plain": {"format": "%(levelname)s|%(name)s|%(message)s"},
        "brace": {"format": "{levelname} {message}", "style": "{"},
        "custom": {"()": make_formatter, "prefix": ">>"},
    },
    "filters": {
        "only_app": {"name": "app"},
        "upper": {"()": Upper},
    },
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "plain", "level": "DEBUG"},
        "brace": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                  "formatter": "brace", "filters": ["upper"]},
        "custom": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "custom", "level": "ERROR"},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 10, "target": "custom"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["out"], "propagate": False, "filters": ["only_app"]},
        "loud": {"level": "INFO", "handlers": ["brace", "mem"]},
    },
    "root": {"level": "WARNING", "handlers": ["custom"]},
})
logging.getLogger("app").debug("debug shown")
logging.getLogger("app.sub").info("child %s", "propagates")
print(early.disabled, early_child.disabled, early_child.level)
logging.getLogger("loud").info("shouting")
logging.getLogger("loud").error("failure")
logging.getLogger("other").warning("root warning")
logging.getLogger("other").error("root error")
h = logging.getLogger("app").handlers[0]
print(h.name, type(h).__name__, h.level, h.stream is sys.stdout)
print(sorted(logging._handlers))
try:
    logging.config.dictConfig({"handlers": {}})
except ValueError as e:
    print(e)
try:
    logging.config.dictConfig({"version": 1, "handlers": {"bad": {"class": "logging.NoSuchHandler"}}})
except ValueError as e:
    print(e)
logging.config.dictConfig({"version": 1, "incremental": True, "loggers": {"app": {"level": "ERROR"}}})
print(logging.getLogger("app").level, len(logging.getLogger("app").handlers))
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"o": {"class": "logging.StreamHandler", "stream": "cfg://streams.main"}},
                           "streams": {"main": sys.stdout},
                           "root": {"handlers": ["o"], "level": "INFO"}})
logging.getLogger("late").info("from cfg stream")
print(logging.getLogger("app").disabled)
