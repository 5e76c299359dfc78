"""English: the words the finder, the resolver and the event stage read.

English is read by the older, faster `finder` and `resolve` modules rather than by a pack;
its words move here table by table (vocab.py: month, weekday, unit, number, holiday and
tense-cue tables). Word lists still inside other modules: wordclass.py, events.py,
trigger.py, resolve.py, segment.py.
"""
