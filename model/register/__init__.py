"""The operations on a register: activities, lists, organisation, each a keyword-only function
taking the session (`crud`), and the typed views its readers get back (`views`). Imports
model.core and model.storage.
"""
