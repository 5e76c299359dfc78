"""timeline: find every date in text, resolve it, anchor it to its event, draw the timeline.

    >>> import timeline
    >>> timeline.tag("The ministers will meet on Friday.", published="2025-04-09")[0].value
    '2025-04-11'

Everything loads on first use (PEP 562), so `timeline --help` does not compile the tagger, and
heavy libraries (pandas, plotly, dateparser) load only when a feature needs them.
"""
from importlib import import_module

_EXPORTS = {"tag": "api", "build": "api", "Timeline": "api", "Timex": "model", "Event": "model",
            "Document": "model", "TimelineError": "errors", "InferredDateWarning": "errors"}

__all__ = list(_EXPORTS)
__version__ = "0.1.0"


def __getattr__(name):
    if name in _EXPORTS:
        value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'timeline' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + __all__)
