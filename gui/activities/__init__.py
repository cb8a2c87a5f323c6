"""The activities page: table model, proxy, delegates and the detail panel.
"""
