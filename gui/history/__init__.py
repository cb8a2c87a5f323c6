"""The history window: the register's chained history, filtered and explained.
"""
