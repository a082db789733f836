"""Open data: a campaign's figures as CSV and JSON — in total, per commune, and date by date.

Only aggregated numbers leave the site. Column names are ASCII so any tool reads them; CSV
starts with a UTF-8 byte-order mark so spreadsheet programs show Vietnamese correctly.
"""

import csv
import io
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from .progress import TargetProgress

DATASETS = {
    "tong-hop": _("Tổng hợp toàn tỉnh theo chỉ tiêu"),
    "theo-xa": _("Kết quả của từng xã, phường theo chỉ tiêu"),
    "theo-ngay": _("Từng lần báo cáo của các xã, phường"),
}

STATE_LABELS = {
    TargetProgress.ACTIVE: "dang-ap-dung",
    TargetProgress.RETIRED: "da-dung",
    TargetProgress.LATER: "ap-dung-sau",
}


def published_targets(progress):
    """Targets that apply now or applied earlier (a target announced for a later phase has no data)."""
    return [target for target in progress.targets if target.state != TargetProgress.LATER]


def total_rows(progress):
    return [
        {
            "ma_chi_tieu": target.target.code,
            "chi_tieu": target.target.name,
            "don_vi": target.target.unit,
            "trang_thai": STATE_LABELS[target.state],
            "chi_tieu_ban_dau": target.target.initial_value,
            "chi_tieu_hien_hanh": target.goal,
            "da_dat": target.achieved,
            "ti_le_phan_tram": target.percent,
            "cach_cong": target.target.aggregation,
            "nguon": target.target.source,
            "ngay_so_lieu_moi_nhat": target.last_date,
        }
        for target in progress.targets
    ]


def commune_rows(progress, commune=None):
    communes = [commune] if commune else progress.communes()
    rows = []
    for each in communes:
        for target in published_targets(progress):
            own = [row for row in target.rows if row[0] == each.pk]
            rows.append(
                {
                    "ma_xa": each.code,
                    "xa_phuong": each.full_name,
                    "loai": each.kind,
                    "du_lieu_mau": each.is_sample,
                    "ma_chi_tieu": target.target.code,
                    "chi_tieu": target.target.name,
                    "don_vi": target.target.unit,
                    "da_dat": target.by_commune.get(each.pk),
                    "so_lan_bao_cao": len(own),
                    "ngay_bao_cao_moi_nhat": own[-1][1] if own else None,
                }
            )
    return rows


def dated_rows(progress, commune=None):
    communes = {each.pk: each for each in progress.communes()}
    rows = []
    for target in published_targets(progress):
        for commune_id, day, value in target.rows:
            if commune and commune_id != commune.pk:
                continue
            each = communes[commune_id]
            rows.append(
                {
                    "ngay": day,
                    "ma_xa": each.code,
                    "xa_phuong": each.full_name,
                    "ma_chi_tieu": target.target.code,
                    "chi_tieu": target.target.name,
                    "don_vi": target.target.unit,
                    "cach_cong": target.target.aggregation,
                    "so_lieu": value,
                }
            )
    return sorted(rows, key=lambda row: (row["ngay"], row["ma_xa"], row["ma_chi_tieu"]))


BUILDERS = {"tong-hop": total_rows, "theo-xa": commune_rows, "theo-ngay": dated_rows}


def rows_for(progress, dataset, commune=None):
    builder = BUILDERS[dataset]
    return builder(progress) if dataset == "tong-hop" else builder(progress, commune)


def as_csv(rows):
    buffer = io.StringIO()
    buffer.write("\ufeff")
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: csv_value(value) for key, value in row.items()})
    return buffer.getvalue()


def csv_value(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def metadata(campaign, progress, dataset, commune):
    return {
        "chien_dich": campaign.title,
        "duong_dan": campaign.full_url,
        "tu_ngay": campaign.start_date,
        "den_ngay": campaign.end_date,
        "giai_doan": [
            {"so": phase.number, "ten": phase.name, "tu_ngay": phase.start_date, "den_ngay": phase.end_date}
            for phase in campaign.phase_list()
        ],
        "bo_du_lieu": dataset,
        "mo_ta": str(DATASETS[dataset]),
        "xa_phuong": commune.code if commune else None,
        "so_lieu_den_ngay": progress.last_report_date,
        "ghi_chu": "Chỉ gồm số liệu tổng hợp; không có thông tin cá nhân của người học.",
    }


def respond(campaign, progress, dataset, fmt, commune=None):
    rows = rows_for(progress, dataset, commune)
    name = f"{campaign.slug}-{dataset}" + (f"-{commune.code}" if commune else "")
    if fmt == "csv":
        response = HttpResponse(as_csv(rows).encode("utf-8"), content_type="text/csv; charset=utf-8")
    else:
        payload = {**metadata(campaign, progress, dataset, commune), "du_lieu": rows}
        if dataset == "tong-hop":
            payload["dien_bien"] = {
                target.target.code: [{"ngay": day, "gia_tri": value} for day, value in target.series]
                for target in published_targets(progress)
            }
        body = json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
        response = HttpResponse(body.encode("utf-8"), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response["Access-Control-Allow-Origin"] = "*"  # open data: any site may read it
    return response
