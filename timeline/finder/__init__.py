"""Recognition of temporal expressions (see tagger.py); vocabulary and rules are data."""
from .tagger import find_timexes

__all__ = ["find_timexes"]
