"""What an exported cell may hold, for CSV and XLSX alike: the one home of the rule against
formula injection. A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage
return as a formula (OWASP "CSV injection"); such a value gets a leading single quote.

A CSV file opened with the other separator (Dutch Excel splits at ';', others at ',') or read
line by line loses track of quotes, so any separator or line break inside a value can start a
cell too: a formula character after one of them (and after any quote marks or spaces) gets the same
quote. Every CSV field is quoted, so a field with ',' or ';' stays one field whichever of the
two separators the reader uses; in XLSX every text cell is stored as text, never a formula."""

import csv
import re
from typing import TextIO

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_CELL_STARTS = re.compile(r"(^|[,;\r\n])([\" ]*)(?=[=+\-@\t\r])")
_FORMULA_CHARACTER = re.compile(r"[=+\-@\t\r]")


def cell_text(value: str) -> str:
    """The value as a cell that no spreadsheet runs, whichever separator it splits at."""
    if _FORMULA_CHARACTER.search(value) is None:  # most cells: nothing to look at more closely
        return value
    return _CELL_STARTS.sub(r"\1\2'", value)


def csv_writer(file: TextIO):
    """A CSV writer that quotes every field (both separators, quotes and line breaks safe)."""
    return csv.writer(file, quoting=csv.QUOTE_ALL)


def xlsx_text(value: str) -> str:
    """cell_text without the control characters an XLSX file cannot hold (openpyxl refuses
    them, which would fail the whole export)."""
    return cell_text(ILLEGAL_CHARACTERS_RE.sub("", value))
