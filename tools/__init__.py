"""Tools for developers (screenshots, translation check); not shipped with the application.
"""
