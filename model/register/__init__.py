"""The operations on a register: activities, lists, organisation, each a keyword-only function
taking the session. Imports model.core and model.storage.
"""
