"""The list pages: data categories, data subjects, recipients, legal bases.
"""
