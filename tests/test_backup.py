"""`manage.py backup` and `manage.py restore`: a real round trip, as the IT team would run it.

Every step is its own process on its own database and MEDIA_ROOT (never the test database):
migrate, create content, back up, restore into a fresh install, then compare what a reader and
an editor would see. SQLite always; PostgreSQL with the `stack` marker (DATABASE_URL names a
server where we may create and drop two scratch databases of our own).
"""

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
from django.conf import settings

from tests.required import require

ROOT = Path(__file__).resolve().parent.parent
PICTURE_SIZE = (320, 200)
VIDEO_BYTES = bytes(range(256)) * 64  # every byte value: a text-mode copy anywhere would show
CAPTION = "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nXin chào bà con Ê Đê.\n"


# --- Run inside the site's processes (python -c, see Install.call) ------------------------


def create_content():
    """A guide with a screenshot, its Ê Đê translation, several revisions, a video guide with a
    video file and captions, a document: a little of everything a backup must carry."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.models import Locale
    from wagtailmedia.models import Media

    from core.locales import ensure_site_locales, mirror_new_page
    from demo.media import picture
    from home.models import HomePage
    from tests.factories import (
        GuideIndexPageFactory,
        GuidePageFactory,
        VideoGuidePageFactory,
        VideoIndexPageFactory,
        step,
    )
    from tests.test_languages import translate
    from videos.models import VideoCaption

    ensure_site_locales()
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    screenshot = picture("Màn hình VNeID", seed=3, size=PICTURE_SIZE)
    screenshot.get_rendition("width-160")
    guide_index = GuideIndexPageFactory(parent=home)
    mirror_new_page(guide_index)
    guide = GuidePageFactory(
        parent=guide_index,
        title="Đăng ký khai sinh trực tuyến",
        slug="dang-ky-khai-sinh",
        steps=[
            step("Mở ứng dụng VNeID", screenshot={"image": screenshot.pk, "alt_text": "", "decorative": True})
        ],
    )
    guide.save_revision().publish()
    guide.summary = "Khai sinh cho con ngay tại nhà, không mất phí."
    guide.save_revision().publish()
    mirror_new_page(guide)
    translate(guide, Locale.objects.get(language_code="rad"), {"Mở ứng dụng VNeID": "Pŏk ƀrư̆ng VNeID"})
    guide.title = "Đăng ký khai sinh trực tuyến (bản nháp)"
    guide.save_revision()  # a draft on top of the live version

    video = Media(title="Video khai sinh", type="video", duration=2, width=480, height=270)
    video.file.save("khai-sinh.mp4", ContentFile(VIDEO_BYTES), save=False)
    video.save()
    video_index = VideoIndexPageFactory(parent=home)
    video_page = VideoGuidePageFactory(
        parent=video_index, title="Xem cách khai sinh", slug="xem-khai-sinh", video=video, external_url=""
    )
    caption = VideoCaption(page=video_page, language="vi", label="Tiếng Việt")
    caption.file.save("khai-sinh.vi.vtt", ContentFile(CAPTION.encode()), save=False)
    caption.save()
    video_page.save_revision().publish()
    document = Document(title="Mẫu tờ khai")
    document.file.save("to-khai.txt", ContentFile("Tờ khai đăng ký khai sinh\n".encode()), save=False)
    document.save()


def describe_site():
    """What a restore must bring back, as JSON on stdout: the page tree, revisions,
    translations, every file's checksum, and the guide as a reader gets it."""
    from django.test import Client
    from wagtail.documents.models import Document
    from wagtail.images.models import Image, Rendition
    from wagtail.models import Locale, Page
    from wagtail_localize.models import Translation
    from wagtailmedia.models import Media

    from videos.models import VideoCaption

    def checksum(field_file):
        with field_file.open("rb") as opened:
            return hashlib.sha256(opened.read()).hexdigest()

    guide = Page.objects.get(slug="dang-ky-khai-sinh", locale__language_code="vi")
    translated = guide.get_translation(Locale.objects.get(language_code="rad"))
    # Pages first: showing them creates renditions, which are then described like the rest.
    client = Client(HTTP_HOST="localhost")
    shown = {
        "guide_page": (client.get(guide.url), "Mở ứng dụng VNeID"),
        "translated_page": (client.get(translated.url), "Pŏk ƀrư̆ng VNeID"),
    }
    print(
        json.dumps(
            {
                **{
                    name: [response.status_code, text in response.text]
                    for name, (response, text) in shown.items()
                },
                "pages": [
                    [
                        page.url_path,
                        page.locale.language_code,
                        page.title,
                        page.slug,
                        page.live,
                        page.alias_of_id is not None,
                    ]
                    for page in Page.objects.order_by("path").select_related("locale")
                ],
                "revisions": {
                    f"{page.locale.language_code}:{page.url_path}": page.revisions.count()
                    for page in Page.objects.select_related("locale")
                },
                "translations": sorted(
                    [str(t.source.get_source_instance()), t.target_locale.language_code]
                    for t in Translation.objects.select_related("source", "target_locale")
                ),
                "images": {image.title: checksum(image.file) for image in Image.objects.all()},
                "renditions": {r.filter_spec: checksum(r.file) for r in Rendition.objects.all()},
                "media": {media.title: checksum(media.file) for media in Media.objects.all()},
                "captions": {
                    caption.language: checksum(caption.file) for caption in VideoCaption.objects.all()
                },
                "documents": {document.title: checksum(document.file) for document in Document.objects.all()},
            },
            ensure_ascii=False,
        )
    )


# --- Helpers ------------------------------------------------------------------------------


class Install:
    """One installation of the site: a database and a MEDIA_ROOT, driven through processes."""

    def __init__(self, database_url, media_root, var_dir):
        self.media_root = media_root
        self.env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"SEARCH_URL", "REDIS_URL", "DATABASE_URL"}
        }
        self.env.update(
            DATABASE_URL=database_url,
            MEDIA_ROOT=str(media_root),
            VAR_DIR=str(var_dir),
            DJANGO_SETTINGS_MODULE="daklakso.settings.dev",
        )

    def run(self, *args, check=True):
        finished = subprocess.run(
            [sys.executable, *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=600
        )
        if check and finished.returncode:
            pytest.fail(f"{args} exited {finished.returncode}:\n{finished.stdout}\n{finished.stderr}")
        return finished

    def manage(self, *args, check=True):
        return self.run("manage.py", *args, check=check)

    def call(self, function):
        """A function of this module, run inside the site (Django set up, this install's settings)."""
        script = f"import django; django.setup(); from tests.test_backup import {function}; {function}()"
        return self.run("-c", script).stdout

    def describe(self):
        return json.loads(self.call("describe_site").strip().splitlines()[-1])

    def media_checksums(self):
        return {
            path.relative_to(self.media_root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(self.media_root.rglob("*"))
            if path.is_file()
        }


def sqlite_fingerprint(install):
    """The SQLite file's bytes and the media: unchanged means the install was not touched."""
    database = Path(install.env["DATABASE_URL"].removeprefix("sqlite:///"))
    return hashlib.sha256(database.read_bytes()).hexdigest(), install.media_checksums()


def rewrite_archive(source, target, change):
    """A copy of the archive with change(name, data) -> data applied to every member."""
    with tarfile.open(source) as original, tarfile.open(target, "w", format=tarfile.PAX_FORMAT) as copy:
        for member in original:
            data = change(member.name, original.extractfile(member).read())
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))


# --- SQLite -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sqlite_installs(tmp_path_factory):
    """A migrated empty database (copied, not migrated again: migrate takes seconds), the source
    site with content and its backup."""
    root = tmp_path_factory.mktemp("backup")
    migrated = root / "migrated.sqlite3"
    Install(f"sqlite:///{migrated}", root / "unused-media", root).manage("migrate", "-v0")

    def fresh(name):
        shutil.copy(migrated, root / f"{name}.sqlite3")
        (root / f"{name}-media").mkdir()
        return Install(f"sqlite:///{root / name}.sqlite3", root / f"{name}-media", root)

    source = fresh("source")
    source.call("create_content")
    source.manage("backup", "--output", str(root / "site.tar"))
    return {"source": source, "archive": root / "site.tar", "fresh": fresh, "root": root}


def archived_media(archive):
    """sha256 of each media file in the archive, by its path under MEDIA_ROOT."""
    with tarfile.open(archive) as opened:
        return {
            member.name.removeprefix("media/"): hashlib.sha256(opened.extractfile(member).read()).hexdigest()
            for member in opened
            if member.name.startswith("media/")
        }


def test_round_trip_brings_back_pages_revisions_translations_and_files(sqlite_installs):
    source, archive = sqlite_installs["source"], sqlite_installs["archive"]
    before = source.describe()
    target = sqlite_installs["fresh"]("target")

    output = target.manage("restore", str(archive)).stdout

    assert "Restore complete" in output
    assert target.media_checksums() == archived_media(archive)
    after = target.describe()
    assert after == before
    # The content really is there, not merely equal on both sides.
    guide = "/trang-chu/huong-dan/dang-ky-khai-sinh/"
    rad_guide = ["/trang-chu-rad/huong-dan/dang-ky-khai-sinh/", "rad", "Đăng ký khai sinh trực tuyến"]
    assert [*rad_guide, "dang-ky-khai-sinh", True, False] in after["pages"]  # a real translation, live
    assert after["revisions"][f"vi:{guide}"] == 3  # published twice, then a draft
    assert after["revisions"][f"rad:{rad_guide[0]}"] >= 1
    assert ["Đăng ký khai sinh trực tuyến", "rad"] in after["translations"]
    assert after["guide_page"] == [200, True] and after["translated_page"] == [200, True]
    assert after["media"]["Video khai sinh"] == hashlib.sha256(VIDEO_BYTES).hexdigest()
    assert "width-160" in after["renditions"]  # made before the backup, not regenerated


def test_archive_holds_dump_media_and_a_manifest_with_checksums(sqlite_installs):
    with tarfile.open(sqlite_installs["archive"]) as archive:
        names = archive.getnames()
        manifest = json.load(archive.extractfile("manifest.json"))
        members = {name: archive.extractfile(name).read() for name in names if name != "manifest.json"}
    assert names[-1] == "manifest.json"
    assert manifest["database"]["engine"] == "sqlite"
    assert manifest["counts"]["images"] == 1 and manifest["counts"]["media"] == 1
    assert manifest["counts"]["documents"] == 1 and manifest["counts"]["locales"] == 5
    assert ["wagtailcore", "0001_initial"] in manifest["migrations"]
    assert {name: hashlib.sha256(data).hexdigest() for name, data in members.items()} == {
        name: entry["sha256"] for name, entry in manifest["members"].items()
    }
    assert any(name.startswith("media/original_images/") for name in members)
    assert "media/media/khai-sinh.mp4" in members  # wagtailmedia's upload_to is media/
    assert oct(sqlite_installs["archive"].stat().st_mode & 0o777) == "0o600"


def refused_into_fresh_install(installs, archive):
    """Restore archive into a fresh install, which must refuse and stay as it was; the message."""
    target = installs["fresh"](f"target-of-{archive.stem}")
    untouched = sqlite_fingerprint(target)
    refused = target.manage("restore", str(archive), check=False)
    assert refused.returncode == 1
    assert sqlite_fingerprint(target) == untouched
    return refused.stderr


def test_a_truncated_archive_is_refused_and_changes_nothing(sqlite_installs):
    archive = sqlite_installs["archive"]
    with tarfile.open(archive) as opened:
        dump, *_, manifest = opened.getmembers()
    # Inside the dump; exactly before the manifest (a tar reader sees a shorter, valid archive);
    # inside the manifest.
    for cut in (
        dump.offset_data + dump.size // 2,
        manifest.offset,
        manifest.offset_data + manifest.size // 2,
    ):
        truncated = sqlite_installs["root"] / f"truncated-{cut}.tar"
        truncated.write_bytes(archive.read_bytes()[:cut])

        refusal = refused_into_fresh_install(sqlite_installs, truncated)

        assert "damaged or incomplete" in refusal or "no manifest" in refusal


def test_an_altered_member_is_refused_and_changes_nothing(sqlite_installs):
    tampered = sqlite_installs["root"] / "tampered.tar"

    def alter_the_video(name, data):
        return data.replace(b"\x00\x01\x02", b"\x00\x01\x03", 1) if name.endswith(".mp4") else data

    rewrite_archive(sqlite_installs["archive"], tampered, alter_the_video)

    refusal = refused_into_fresh_install(sqlite_installs, tampered)

    assert "checksum differs (altered or damaged): media/media/khai-sinh.mp4" in refusal


def test_an_archive_from_a_newer_site_version_is_refused(sqlite_installs):
    newer = sqlite_installs["root"] / "newer.tar"

    def add_a_future_migration(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["migrations"].append(["guides", "9999_from_the_future"])
        return json.dumps(manifest).encode()

    rewrite_archive(sqlite_installs["archive"], newer, add_a_future_migration)

    refusal = refused_into_fresh_install(sqlite_installs, newer)

    assert "this code lacks the migrations guides.9999_from_the_future" in refusal


def test_a_site_with_content_is_only_overwritten_with_force(sqlite_installs):
    busy = sqlite_installs["fresh"]("busy")
    busy.manage("restore", str(sqlite_installs["archive"]))
    empty_site = sqlite_installs["root"] / "empty-site.tar"
    sqlite_installs["fresh"]("empty").manage("backup", "--output", str(empty_site))
    untouched = sqlite_fingerprint(busy)

    refused = busy.manage("restore", str(empty_site), check=False)

    assert refused.returncode == 1
    assert "Refusing to overwrite existing content" in refused.stderr and "--force" in refused.stderr
    assert sqlite_fingerprint(busy) == untouched

    replaced = busy.manage("restore", str(empty_site), "--force").stdout

    assert "Restored: 2 pages, 0 revisions" in replaced
    assert busy.media_checksums() == {}


# --- PostgreSQL ---------------------------------------------------------------------------


def postgres_url(database_name):
    """DATABASE_URL with another database name."""
    base = os.environ["DATABASE_URL"]
    return base[: base.rindex("/") + 1] + database_name


@pytest.fixture
def scratch_databases():
    """Two empty databases of our own on the PostgreSQL server of DATABASE_URL, dropped afterwards."""
    require(
        os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
        "DATABASE_URL is not PostgreSQL: run with the stack, or scripts/postgres-up.sh",
    )
    import psycopg

    names = [f"backup_{role}_{os.getpid()}_{uuid.uuid4().hex[:6]}" for role in ("source", "target")]
    database = settings.DATABASES["default"]
    with psycopg.connect(
        host=database["HOST"],
        port=database["PORT"],
        user=database["USER"],
        password=database["PASSWORD"],
        dbname=database["NAME"],
        autocommit=True,
    ) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield [postgres_url(name) for name in names]
        finally:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.stack
def test_round_trip_on_postgresql(scratch_databases, tmp_path):
    source_url, target_url = scratch_databases
    source = Install(source_url, tmp_path / "source-media", tmp_path)
    target = Install(target_url, tmp_path / "target-media", tmp_path)
    source.manage("migrate", "-v0")
    source.call("create_content")
    before = source.describe()
    archive = tmp_path / "site.tar"
    source.manage("backup", "--output", str(archive))
    with tarfile.open(archive) as opened:
        manifest = json.load(opened.extractfile("manifest.json"))
    assert manifest["database"]["engine"] == "postgresql"
    assert "database.pgdump" in manifest["members"]

    output = target.manage("restore", str(archive)).stdout  # into an empty database: no tables yet

    assert "Restore complete" in output
    assert target.media_checksums() == archived_media(archive)
    assert target.describe() == before
    refused = target.manage("restore", str(archive), check=False)
    assert refused.returncode == 1 and "--force" in refused.stderr
    target.manage("restore", str(archive), "--force")  # over existing tables: dropped, recreated
    assert target.describe() == before
