"""Bulk import of guides from JSON, all or nothing.

The file is validated completely before anything is written; one bad record means
nothing changes. Guides are matched by (language, slug) under that language's guide
index: a new slug creates a guide, an edited record publishes a new revision (history
is kept), and an unchanged record is left alone, so importing twice changes nothing.
"""

import datetime
import json
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from wagtail.models import Locale

from core.languages import is_content_language
from core.locales import mirror_new_page
from core.models import Topic
from core.richtext import plain_text_to_html

from .models import GuideIndexPage, GuidePage, TroubleshootingTip

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SUBMISSION_FIELDS = {"online": "submit_online", "office": "submit_at_office", "post": "submit_by_post"}
TEXT_FIELDS = {  # record key -> GuidePage field, all optional strings
    "audience": "audience",
    "agency": "agency",
    "fee": "fee",
    "processing_time": "processing_time",
    "procedure_code": "procedure_code",
    "result": "result",
    "legal_basis": "legal_basis",
    "eligible_applicants": "eligible_applicants",
    "hotline": "hotline",
}
MAX_LENGTHS = {"title": 255, "slug": 255, "summary": 500}


class ImportFileError(Exception):
    """The file cannot be imported; `errors` lists every problem found, for the editor."""

    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    new_topics: list = field(default_factory=list)


def read_records(path):
    """The list of guide records in a file: a list, or an object with a "guides" list."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as error:
        raise ImportFileError([f"Không đọc được tệp {path}: {error.strerror}"]) from error
    except UnicodeDecodeError as error:
        raise ImportFileError(["Tệp phải được lưu bằng mã UTF-8."]) from error
    except json.JSONDecodeError as error:
        raise ImportFileError(
            [f"Tệp không phải JSON hợp lệ: dòng {error.lineno}, cột {error.colno}: {error.msg}"]
        ) from error
    if isinstance(data, dict) and isinstance(data.get("guides"), list):
        return data["guides"]
    if isinstance(data, list):
        return data
    raise ImportFileError(['Tệp phải là một danh sách hướng dẫn, hoặc một đối tượng có khóa "guides".'])


class RecordChecker:
    """Collects every problem of one record as "Bản ghi N, trường F: …"."""

    def __init__(self, number, record, errors):
        self.number, self.record, self.errors = number, record, errors

    def error(self, key, message):
        self.errors.append(f"Bản ghi {self.number}, trường “{key}”: {message}")

    def text(self, key, required=False, container=None):
        value = (container if container is not None else self.record).get(key)
        if value is None or value == "":
            if required:
                self.error(key, "bắt buộc, không được để trống")
            return
        if not isinstance(value, str):
            self.error(key, "phải là chuỗi chữ")
        elif len(value) > MAX_LENGTHS.get(key, 10_000):
            self.error(key, f"dài quá {MAX_LENGTHS[key]} ký tự")

    def text_list(self, key):
        value = self.record.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            self.error(key, "phải là danh sách các chuỗi chữ không rỗng")
            return []
        return value

    def slug_list(self, key):
        slugs = self.text_list(key)
        for slug in slugs:
            if not SLUG_PATTERN.match(slug):
                self.error(key, f"“{slug}” không phải đường dẫn hợp lệ")
        return slugs


def check_record(number, record, errors):
    """Validate one record; returns the (language, slug) it names, or None."""
    if not isinstance(record, dict):
        errors.append(f"Bản ghi {number}: phải là một đối tượng JSON {{…}}")
        return None
    check = RecordChecker(number, record, errors)
    for key in ("slug", "title", "summary"):
        check.text(key, required=True)
    for key in (*TEXT_FIELDS, "online_url", "category", "language"):
        check.text(key)
    slug, language = record.get("slug"), record.get("language", "vi")
    if isinstance(slug, str) and slug and not SLUG_PATTERN.match(slug):
        check.error("slug", "chỉ gồm chữ thường không dấu, số và gạch ngang, ví dụ: dang-ky-khai-sinh")
    if isinstance(language, str) and not is_content_language(language):
        check.error("language", f"ngôn ngữ “{language}” chưa được cấu hình trên trang web")
    category = record.get("category")
    if isinstance(category, str) and category and not SLUG_PATTERN.match(category):
        check.error("category", "phải là đường dẫn của chủ đề, ví dụ: ho-tich")
    if isinstance(record.get("online_url"), str) and record["online_url"]:
        try:
            URLValidator(schemes=["http", "https"])(record["online_url"])
        except ValidationError:
            check.error("online_url", "không phải địa chỉ web hợp lệ (bắt đầu bằng https://)")
    check.text_list("tags")
    check.text_list("documents")
    check.slug_list("related")
    check.slug_list("troubleshooting")
    check_submission(check, record.get("submission"))
    check_date(check, record.get("checked_on"))
    check_steps(check, record.get("steps"))
    check_faq(check, record.get("faq", []))
    return (language, slug)


def check_submission(check, value):
    methods = [value] if isinstance(value, str) else value
    if value is not None and (not isinstance(methods, list) or not set(methods) <= set(SUBMISSION_FIELDS)):
        check.error("submission", "chỉ nhận online, office, post hoặc danh sách của chúng")


def check_date(check, value):
    if value is None:
        return
    try:
        datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        check.error("checked_on", "phải là ngày dạng NNNN-TT-NN, ví dụ 2026-10-15")


def check_steps(check, steps):
    if not isinstance(steps, list) or not steps:
        check.error("steps", "bắt buộc: danh sách các bước, ít nhất một bước")
        return
    for index, step in enumerate(steps, start=1):
        key = f"steps[{index}]"
        if not isinstance(step, dict):
            check.error(key, "mỗi bước phải là một đối tượng {…}")
            continue
        if step.get("guide") is not None:
            if not isinstance(step["guide"], str) or not SLUG_PATTERN.match(step["guide"]):
                check.error(f"{key}.guide", "phải là đường dẫn của một hướng dẫn khác")
        else:
            check.text("title", required=True, container=step)
            check.text("body", required=True, container=step)
        for text_key in ("tip", "warning", "fee"):
            if not isinstance(step.get(text_key, ""), str):
                check.error(f"{key}.{text_key}", "phải là chuỗi chữ")
        for flag in ("optional", "alternative"):
            if not isinstance(step.get(flag, False), bool):
                check.error(f"{key}.{flag}", "phải là true hoặc false")


def check_faq(check, faq):
    if not isinstance(faq, list) or not all(
        isinstance(item, dict)
        and isinstance(item.get("question"), str)
        and isinstance(item.get("answer"), str)
        for item in faq
    ):
        check.error("faq", 'phải là danh sách {"question": …, "answer": …}')


class GuideImporter:
    def __init__(self, records):
        self.records = records
        self.report = ImportReport()

    def run(self, dry_run=False):
        """Validate everything, then write everything in one transaction (or nothing)."""
        keyed = self.validate()
        with transaction.atomic():
            self.write(keyed)
            if dry_run:
                transaction.set_rollback(True)
        return self.report

    def validate(self):
        errors, keyed, seen = [], [], set()
        if not self.records:
            raise ImportFileError(["Tệp không có hướng dẫn nào."])
        for number, record in enumerate(self.records, start=1):
            key = check_record(number, record, errors)
            if key is None:
                continue
            if key in seen:
                errors.append(f"Bản ghi {number}, trường “slug”: “{key[1]}” bị trùng trong tệp")
            seen.add(key)
            keyed.append((key, record))
        if not errors:
            self.check_references(keyed, errors)
        if errors:
            raise ImportFileError(errors)
        return keyed

    def check_references(self, keyed, errors):
        """Languages need a guide index; linked guides and tips must exist or be in the file."""
        slugs_in_file = {key for key, _record in keyed}
        for number, ((language, _slug), record) in enumerate(keyed, start=1):
            locale = Locale.objects.filter(language_code=language).first()
            if locale is None or not GuideIndexPage.objects.filter(locale=locale).exists():
                errors.append(
                    f"Bản ghi {number}, trường “language”: chưa có mục lục hướng dẫn cho “{language}”"
                )
                continue
            linked = [step["guide"] for step in record["steps"] if step.get("guide")]
            for slug in linked + record.get("related", []):
                if (language, slug) not in slugs_in_file and not GuidePage.objects.filter(
                    locale=locale, slug=slug
                ).exists():
                    errors.append(f"Bản ghi {number}: không tìm thấy hướng dẫn “{slug}”")
            for slug in record.get("troubleshooting", []):
                if not TroubleshootingTip.objects.filter(locale=locale, slug=slug).exists():
                    errors.append(f"Bản ghi {number}, trường “troubleshooting”: không có mẹo “{slug}”")

    def write(self, keyed):
        # First make sure every guide exists, so that steps and related guides can link to
        # guides later in the same file; then fill in and publish each one.
        pages = {key: self.find_or_build(key, record) for key, record in keyed}
        for key, record in keyed:
            self.apply(pages[key], record, pages)

    def find_or_build(self, key, record):
        language, slug = key
        locale = Locale.objects.get(language_code=language)
        page = GuidePage.objects.filter(locale=locale, slug=slug).first()
        if page is not None:
            return page
        index = GuideIndexPage.objects.get(locale=locale)
        page = GuidePage(
            title=record["title"], slug=slug, summary=record["summary"], locale=locale, live=False
        )
        page.steps = [{"type": "step", "value": {"title": record["title"], "body": ""}}]
        index.add_child(instance=page)
        page.is_new_import = True
        return page

    def apply(self, page, record, pages):
        before = snapshot(page)
        assign(page, record, self.resolve_topic(page.locale, record.get("category")), pages)
        is_new = getattr(page, "is_new_import", False)
        if is_new:
            self.report.created.append(page.slug)
        elif snapshot(page) == before and not page.alias_of_id:
            self.report.unchanged.append(page.slug)
            return
        else:
            self.report.updated.append(page.slug)
        page.alias_of = None  # a record in another language turns the untranslated alias into a translation
        page.save_revision(log_action=True).publish()
        if is_new:
            mirror_new_page(page)

    def resolve_topic(self, locale, slug):
        if not slug:
            return None
        topic = Topic.objects.filter(locale=locale, slug=slug).first()
        if topic is None:
            topic = Topic.objects.create(locale=locale, slug=slug, name=slug.replace("-", " ").capitalize())
            self.report.new_topics.append(slug)
        return topic


def assign(page, record, topic, pages):
    """Set every imported field of the page from the record (in memory)."""
    language = page.locale.language_code
    page.title, page.summary, page.topic = record["title"], record["summary"], topic
    for key, field_name in TEXT_FIELDS.items():
        setattr(page, field_name, record.get(key) or "")
    page.online_service_url = record.get("online_url") or ""
    checked_on = record.get("checked_on")
    page.facts_checked_on = datetime.date.fromisoformat(checked_on) if checked_on else None
    submission = record.get("submission") or []
    submission = [submission] if isinstance(submission, str) else submission
    for method, field_name in SUBMISSION_FIELDS.items():
        setattr(page, field_name, method in submission)
    page.required_documents = [
        {"type": "document", "value": {"name": name}} for name in record.get("documents", [])
    ]
    page.steps = [step_block(step, language, pages) for step in record["steps"]]
    page.faq = [
        {
            "type": "question",
            "value": {"question": item["question"], "answer": plain_text_to_html(item["answer"])},
        }
        for item in record.get("faq", [])
    ]
    page.troubleshooting = [
        {"type": "tip", "value": TroubleshootingTip.objects.get(locale=page.locale, slug=slug).pk}
        for slug in record.get("troubleshooting", [])
    ]
    page.related_guides = [
        {"type": "page", "value": guide_id(language, slug, pages)} for slug in record.get("related", [])
    ]
    page.tags.set(record.get("tags", []), clear=True)


def step_block(step, language, pages):
    flags = {"optional": step.get("optional", False), "alternative": step.get("alternative", False)}
    if step.get("guide"):
        value = {
            "guide": guide_id(language, step["guide"], pages),
            "title": step.get("title", ""),
            "body": step.get("body", ""),
        }
        return {"type": "guide_step", "value": {**value, **flags}}
    value = {
        "title": step["title"],
        "body": plain_text_to_html(step["body"]),
        "tip": step.get("tip", ""),
        "warning": step.get("warning", ""),
        "fee": step.get("fee", ""),
    }
    return {"type": "step", "value": {**value, **flags}}


def guide_id(language, slug, pages):
    page = pages.get((language, slug))
    if page is not None:
        return page.pk
    return GuidePage.objects.get(locale__language_code=language, slug=slug).pk


def canonical_stream(stream):
    """A StreamField's content without the random block ids, for comparing revisions."""
    return [(child.block_type, child.block.get_prep_value(child.value)) for child in stream]


def snapshot(page):
    """Everything the importer sets on a guide, in a comparable form."""
    fields = ["title", "summary", "topic_id", "online_service_url", "facts_checked_on"]
    fields += list(TEXT_FIELDS.values()) + list(SUBMISSION_FIELDS.values())
    streams = ["required_documents", "steps", "faq", "troubleshooting", "related_guides"]
    return (
        {name: getattr(page, name) for name in fields},
        {name: canonical_stream(getattr(page, name)) for name in streams},
        sorted(tag.name for tag in page.tags.all()),
    )
