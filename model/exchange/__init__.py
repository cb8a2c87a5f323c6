"""The register in and out of files: the JSON document, tables read and applied.

Imports model.core, model.storage and model.register.
"""
