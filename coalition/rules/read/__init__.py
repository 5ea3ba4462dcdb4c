"""Rules raised while reading a file: bytes, characters and YAML.

The reader finds these inside its own loops (the parser, the composer, the
line scan), so each module here holds the rule and names where it is raised;
the reader makes its problems with `RULE.problem(...)`.
"""
