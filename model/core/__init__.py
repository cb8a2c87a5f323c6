"""What every other room needs and that needs nothing of theirs.

Errors, translated messages (i18n), the clock and the user, the user's folders,
write-then-rename files, text folding, the fixed vocabularies and the field
catalogue, modules loaded on first use, and the garbage collector held off for a bulk
operation. Imports only the standard library and small pure libraries.
"""
