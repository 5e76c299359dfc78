"""timeline: find every date in text, resolve it, anchor it to its event, draw the timeline.

    >>> import timeline
    >>> timeline.tag("The ministers will meet on Friday.", published="2025-04-09")[0].value
    '2025-04-11'

Heavy libraries (pandas, plotly, dateparser) load only when a feature needs them.
"""
from .api import Timeline, build, tag
from .errors import InferredDateWarning, TimelineError
from .model import Document, Event, Timex

__all__ = ["tag", "build", "Timeline", "Timex", "Event", "Document", "TimelineError",
           "InferredDateWarning"]
__version__ = "0.1.0"
