"""The organisation page: the controller, its representative and its DPO.
"""
