"""The PDF record sent to a regulator, drawn from the register's JSON document.

Imports model.core, model.exchange and model.check; knows nothing of signing.
"""
