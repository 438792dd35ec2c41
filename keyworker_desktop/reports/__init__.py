"""Printable documents for staff (not easy-read): the handover summary.

Built from plain frozen values with ReportLab; no database and no Qt, so the app and the
command line make the same file.
"""
