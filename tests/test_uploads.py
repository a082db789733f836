"""Uploads through the real admin forms: the file's content decides, not its name, and the
editor gets a Vietnamese message instead of a server error or a stored bad file."""

import io
import struct
import zlib

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image as PillowImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection
from wagtailmedia.models import Media

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
WEBM = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01webm" + b"\x00" * 64
MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 32
OGG = b"OggS\x00\x02" + b"\x00" * 64


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.com", "mat-khau-dai-123")
    client.force_login(user)
    return client


def png_bytes(width=8, height=8):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def decompression_bomb():
    """A valid 8×8 PNG whose header claims 30,000 × 30,000 pixels: a few hundred bytes."""
    data = bytearray(png_bytes())
    header = struct.pack(">II", 30_000, 30_000) + bytes(data[24:29])
    data[16:29] = header
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + header))
    return bytes(data)


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Ảnh thử",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {
            "title": "Tệp thử",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def upload_media(client, media_type, name, content):
    return client.post(
        f"/admin/media/{media_type}/add/",
        {
            "title": "Tệp thử",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
            "duration": "0",
        },
    )


def test_a_real_png_is_accepted(editor_client):
    response = upload_image(editor_client, "anh.png", png_bytes())
    assert response.status_code == 302
    assert Image.objects.count() == 1


def test_a_decompression_bomb_is_refused_with_a_message(editor_client):
    response = upload_image(editor_client, "bom.png", decompression_bomb())
    assert response.status_code == 200
    assert "quá nhiều điểm ảnh" in response.text
    assert not Image.objects.exists()


@pytest.mark.parametrize("name", ["logo.svg", "logo.png"])
def test_svg_is_refused_even_renamed(editor_client, name):
    response = upload_image(editor_client, name, SVG)
    assert response.status_code == 200
    assert not Image.objects.exists()
    assert "không phải là ảnh hợp lệ" in response.text and "không nhận SVG" in response.text
    assert "alert(1)" not in response.text


def test_a_truncated_image_is_refused(editor_client):
    response = upload_image(editor_client, "cut.png", png_bytes(64, 64)[:-30])
    assert response.status_code == 200
    assert "không phải là ảnh hợp lệ" in response.text
    assert not Image.objects.exists()


def test_the_multiple_upload_view_checks_too(editor_client):
    response = editor_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("bom.png", decompression_bomb())},
    )
    assert response.status_code == 200
    assert not response.json()["success"]
    assert not Image.objects.exists()
    response = editor_client.post(
        "/admin/images/multiple/add/", {"files[]": SimpleUploadedFile("a.png", png_bytes())}
    )
    assert response.json()["success"]
    assert Image.objects.count() == 1


@pytest.mark.parametrize(
    ("media_type", "name", "content"),
    [
        ("video", "huongdan.mp4", MP4),
        ("video", "huongdan.webm", WEBM),
        ("audio", "ban-nghe.mp3", MP3),
        ("audio", "ban-nghe.ogg", OGG),
        ("audio", "ban-nghe.m4a", MP4),
    ],
)
def test_real_video_and_audio_are_accepted(editor_client, media_type, name, content):
    response = upload_media(editor_client, media_type, name, content)
    assert response.status_code == 302, response.text[:2000]
    assert Media.objects.get().type == media_type


@pytest.mark.parametrize(
    ("media_type", "name", "content", "message"),
    [
        ("video", "virus.mp4", b"MZ\x90\x00 this is an executable", "không đúng định dạng .mp4"),
        ("video", "page.webm", b"<html><script>alert(1)</script>", "không đúng định dạng .webm"),
        ("audio", "song.mp3", png_bytes(), "không đúng định dạng .mp3"),
        ("audio", "clip.mp4", MP4, "Không nhận tệp .mp4"),  # a video is not an audio file
        ("video", "clip.exe", MP4, "Không nhận tệp .exe"),
    ],
)
def test_fake_video_and_audio_are_refused(editor_client, media_type, name, content, message):
    response = upload_media(editor_client, media_type, name, content)
    assert response.status_code == 200
    assert message in response.text
    assert not Media.objects.exists()


@override_settings(AUDIO_MAX_UPLOAD_SIZE=100)
def test_audio_over_the_size_limit_is_refused(editor_client):
    response = upload_media(editor_client, "audio", "dai.mp3", MP3 + b"\x00" * 200)
    assert "Tệp quá lớn" in response.text
    assert not Media.objects.exists()


def test_captions_are_checked_as_webvtt(editor_client):
    assert (
        upload_document(
            editor_client, "phude.vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\nXin chào\n".encode()
        ).status_code
        == 302
    )
    response = upload_document(editor_client, "sai.vtt", b"1\n00:00:00,000 --> 00:00:01,000\nSRT\n")
    assert "không đúng định dạng WebVTT" in response.text
    response = upload_document(editor_client, "utf16.vtt", "WEBVTT\n\nXin chào".encode("utf-16"))
    assert "mã UTF-8" in response.text
    assert Document.objects.count() == 1


def test_documents_match_their_extension(editor_client):
    assert upload_document(editor_client, "mau-don.pdf", b"%PDF-1.7\n%\xe2\xe3\n").status_code == 302
    response = upload_document(editor_client, "mau-don.pdf", b"<html><script>alert(1)</script></html>")
    assert "không đúng định dạng .pdf" in response.text
    response = upload_document(editor_client, "ghichu.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00")
    assert "không đúng định dạng .txt" in response.text
    assert Document.objects.count() == 1
