"""The undo commands: each calls the core's functions and the models' notifications,
never widgets. Imports gui.adapter and model/.
"""
