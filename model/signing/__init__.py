"""Signing and verifying records (PAdES), and the export flow that renders, signs and records.

Imports every room below it; nothing imports it but the CLI and the editor.
"""
