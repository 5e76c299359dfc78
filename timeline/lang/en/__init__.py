"""English: the words the finder, the resolver and the event stage read.

English is read by the older, faster `finder` and `resolve` modules rather than by a pack;
its words move here table by table: vocab.py (month, weekday, unit, number, holiday and
tense-cue tables), words.py (closed-class words, never-actor names, happening kinds, tense and
trigger cue words). Still elsewhere: the words written inside regexes (finder/rules.py,
events.py, resolve.py), the resolver's relation tables (resolve.py: "the previous" -> last),
and segment.py's abbreviations, shared by all languages.
"""
