"""Easy-read plan documents for the young person: plain Python and ReportLab.

No Qt and no database here: the store fills ``plan_data.PlanData`` and
``documents.build_plan_pdf`` turns it into a printable PDF.
"""
