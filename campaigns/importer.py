"""Read the communes-and-wards CSV file (format in README and `import_communes --help`).

Everything is checked before anything is written: one bad line and nothing changes.
"""

import csv
import io
import re
from dataclasses import dataclass

from django.db import transaction

from .choices import CommuneKind
from .models import Commune, ProgressFigure
from .text import fold

REQUIRED = {"ma": "mã", "ten": "tên", "loai": "loại"}
KINDS = {"xa": CommuneKind.COMMUNE, "phuong": CommuneKind.WARD, "dackhu": CommuneKind.SPECIAL_ZONE}
YES = {"1", "co", "x", "mau", "true"}  # the optional "mau" column: is this a sample?
MAX_ERRORS_SHOWN = 20


class CommuneFileError(Exception):
    """The file cannot be imported; `errors` are Vietnamese messages, each naming its line."""

    def __init__(self, errors):
        self.errors = errors
        shown = errors[:MAX_ERRORS_SHOWN]
        more = len(errors) - len(shown)
        text = "\n".join(shown) + (f"\n… và {more} lỗi khác." if more else "")
        super().__init__(f"Tệp không hợp lệ, chưa nạp gì:\n{text}")


@dataclass
class Row:
    line: int
    code: str
    name: str
    kind: str
    is_sample: bool


def decode(raw):
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise CommuneFileError(
            [f"Dòng {line}: tệp phải được lưu bằng mã UTF-8 (trong Excel: “CSV UTF-8”)."]
        ) from error


def records(text):
    """(line number, cells) of the non-blank records; `;` is accepted as the separator too."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    for cells in reader:
        if any(cell.strip() for cell in cells):
            yield reader.line_num, cells


def column_name(cell):
    return re.sub(r"[^a-z]", "", fold(cell))  # "Mã" → "ma", "Loại" → "loai"


def parse(raw):
    """Rows of a CSV file given as bytes; raises CommuneFileError listing every problem."""
    found = list(records(decode(raw)))
    if not found:
        raise CommuneFileError(["Dòng 1: tệp trống; dòng đầu phải là tiêu đề cột: ma,ten,loai"])
    (header_number, header), body = found[0], found[1:]
    columns = [column_name(cell) for cell in header]
    missing = [f"“{name}” ({spoken})" for name, spoken in REQUIRED.items() if name not in columns]
    if missing:
        raise CommuneFileError(
            [
                f"Dòng {header_number}: thiếu cột {', '.join(missing)}. Dòng đầu phải là tiêu đề cột: ma,ten,loai"
            ]
        )
    index = {name: columns.index(name) for name in [*REQUIRED, "mau"] if name in columns}
    if not body:
        raise CommuneFileError([f"Dòng {header_number + 1}: tệp chỉ có tiêu đề, không có xã, phường nào."])
    rows, errors, seen = [], [], {}
    for number, cells in body:
        if len(cells) <= max(index.values()):
            errors.append(f"Dòng {number}: thiếu ô — cần {len(header)} cột, dòng này có {len(cells)}.")
            continue
        row_errors = []
        code, name, kind_text = (cells[index[key]].strip() for key in REQUIRED)
        if not re.fullmatch(r"\d{5}", code):
            row_errors.append(f"Dòng {number}: mã “{code}” không hợp lệ — mã gồm đúng 5 chữ số, ví dụ 24121.")
        elif code in seen:
            row_errors.append(f"Dòng {number}: mã {code} bị trùng với dòng {seen[code]}.")
        kind = KINDS.get(column_name(kind_text))
        if kind is None:
            row_errors.append(
                f"Dòng {number}: loại “{kind_text}” không hợp lệ — dùng xa, phuong hoặc dac-khu."
            )
        else:
            prefix = fold(CommuneKind(kind).label) + " "
            if fold(name).startswith(prefix):  # "Xã Ea Súp" → "Ea Súp"
                name = name[len(prefix) :].strip()
        if not name:
            row_errors.append(f"Dòng {number}: thiếu tên xã, phường.")
        elif len(name) > 100:
            row_errors.append(f"Dòng {number}: tên dài quá 100 ký tự.")
        if row_errors:
            errors.extend(row_errors)
            continue
        seen[code] = number
        is_sample = "mau" in index and fold(cells[index["mau"]]) in YES
        rows.append(Row(number, code, name, kind, is_sample))
    if errors:
        raise CommuneFileError(errors)
    return rows


@dataclass
class Report:
    created: list
    updated: list
    unchanged: int
    not_in_file: list
    samples_removed: list


@transaction.atomic
def import_rows(rows, remove_samples=False, dry_run=False):
    existing = {commune.code: commune for commune in Commune.objects.all()}
    report = Report([], [], 0, [], [])
    codes = set()
    for row in rows:
        codes.add(row.code)
        commune = existing.get(row.code)
        if commune is None:
            commune = Commune(code=row.code, name=row.name, kind=row.kind, is_sample=row.is_sample)
            commune.full_clean()
            report.created.append(commune)
            if not dry_run:
                commune.save()
        elif (commune.name, commune.kind, commune.is_sample) != (row.name, row.kind, row.is_sample):
            commune.name, commune.kind, commune.is_sample = row.name, row.kind, row.is_sample
            report.updated.append(commune)
            if not dry_run:
                commune.save()
        else:
            report.unchanged += 1
    for code, commune in existing.items():
        if code in codes:
            continue
        if remove_samples and commune.is_sample:
            report.samples_removed.append(commune)
            if not dry_run:
                ProgressFigure.objects.filter(commune=commune).delete()
                commune.classes.all().delete()
                commune.delete()
        else:
            report.not_in_file.append(commune)
    return report
