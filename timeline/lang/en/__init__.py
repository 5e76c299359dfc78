"""English: the words and rules the finder, the resolver and the event stage read.

English is read by the older, faster `finder` and `resolve` modules rather than by a pack, but
its data lives here: vocab.py (month, weekday, unit, number, holiday and tense-cue tables),
words.py (closed-class words, never-actor names, happening kinds, tense and trigger cue words),
rules.py (the recognition rules, each with its examples) and checks.py (the rules' context
checks: the words around a match). The finder (finder/tagger.py, keys.py, prefix.py,
patterns.py) holds no English rule. Still elsewhere: the joins of the tagger ("or later",
"from ... to"), words written inside the event stage's and the resolver's regexes (events.py,
resolve.py) and segment.py's abbreviations, shared by all languages.
"""
