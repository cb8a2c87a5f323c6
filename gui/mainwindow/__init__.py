"""The main window: actions, menus, status bar, its pages, and opening a register.
"""
