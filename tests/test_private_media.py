"""Private collections: their documents and images are served only through views that check
the collection's view restriction, never by a direct /media/ address."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction

SECRET = "Danh sách hộ nghèo thôn 3 (nội bộ)"


@pytest.fixture
def private_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Hồ sơ nội bộ")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return collection


@pytest.fixture
def private_document(private_collection):
    return Document.objects.create(
        title="Hồ sơ nội bộ",
        collection=private_collection,
        file=ContentFile(SECRET.encode(), name="ho-so-noi-bo.txt"),
    )


def png(width, height):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), "navy").save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name="giay-to-noi-bo.png")


@pytest.fixture
def private_image(private_collection):
    return Image.objects.create(title="Giấy tờ nội bộ", collection=private_collection, file=png(800, 600))


@pytest.fixture
def member_client(client, db):
    user = get_user_model().objects.create_user("canbo", "cb@example.com", "mat-khau-dai-123")
    client.force_login(user)
    return client


def streamed_text(response):
    return b"".join(response.streaming_content).decode()


def test_documents_link_to_the_checking_view_not_to_media(private_document):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert private_document.url.startswith("/documents/")
    assert private_document.file.url.startswith("/media/documents/")  # what nginx refuses


def test_a_private_document_needs_a_login(client, private_document):
    response = client.get(private_document.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"] or "/admin/login/" in response["Location"]
    assert SECRET not in response.content.decode()


def test_a_private_document_is_served_to_a_signed_in_visitor(member_client, private_document):
    response = member_client.get(private_document.url)
    assert response.status_code == 200
    assert streamed_text(response) == SECRET


def test_a_password_protected_document_asks_for_the_password(client, db):
    collection = Collection.get_first_root_node().add_child(name="Có mật khẩu")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password="bi-mat"
    )
    document = Document.objects.create(
        title="Mật", collection=collection, file=ContentFile(SECRET.encode(), name="mat.txt")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert SECRET not in response.content.decode()
    assert 'name="password"' in response.content.decode()


def private_image_url(image, spec="width-400"):
    return f"/anh-rieng/{image.pk}/{spec}/"


def test_a_private_image_needs_a_login(client, private_image):
    response = client.get(private_image_url(private_image))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_private_image_is_resized_in_memory_for_a_signed_in_visitor(member_client, private_image):
    renditions_folder = Path(settings.MEDIA_ROOT) / "images"
    before = set(renditions_folder.iterdir()) if renditions_folder.exists() else set()

    response = member_client.get(private_image_url(private_image))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "private" in response["Cache-Control"]
    assert PillowImage.open(io.BytesIO(response.content)).size == (400, 300)
    after = set(renditions_folder.iterdir()) if renditions_folder.exists() else set()
    assert after == before  # nothing written where /media/ is served
    assert not private_image.renditions.exists()


@pytest.mark.parametrize(
    "spec", ["width-5000", "fill-100x100", "original", "width-400|format-gif", "max-3000x10"]
)
def test_only_bounded_resizes_are_served(member_client, private_image, spec):
    assert member_client.get(private_image_url(private_image, spec)).status_code == 404


def test_an_unknown_image_is_a_404(member_client, db):
    assert member_client.get("/anh-rieng/999999/width-400/").status_code == 404


def test_renditions_get_names_nobody_can_guess(client, private_image):
    """nginx serves renditions from disk without asking Django: a private image's thumbnail
    (the admin's image list makes one of each image) must not sit at a name derived from its
    original's."""
    thumbnail = private_image.get_rendition("max-165x165")
    other = private_image.get_rendition("width-400")
    original = Path(private_image.file.name).stem
    guessable = {f"{original}.max-165x165.png", f"{original}.width-400.png"}

    names = {Path(thumbnail.file.name).name, Path(other.file.name).name}
    assert not names & guessable
    pattern = re.escape(original) + r"\.max-165x165\.[0-9a-f]{16}\.png"
    assert re.fullmatch(pattern, Path(thumbnail.file.name).name)
    assert (Path(settings.MEDIA_ROOT) / thumbnail.file.name).is_file()
    assert private_image.get_rendition("max-165x165").file.name == thumbnail.file.name  # made once
