"""Rendition files with a random part in their names.

nginx serves /media/images/ straight from disk, for every image. Wagtail names a rendition
after its original and the resize (`giay-to.max-165x165.png`, made for every image the admin
lists), so anyone who knew or guessed an image's file name could fetch a small copy of an
image kept in a private collection. With 64 random bits in each name, a rendition's address is
known only to whoever was shown a page or an admin screen that uses it.
"""

import posixpath
import secrets

from django.core.files.storage import FileSystemStorage


class UnguessableNames:
    """Storage mixin: every new file gets a random part before its extension."""

    def generate_filename(self, filename):
        folder, name = posixpath.split(super().generate_filename(filename))
        stem, dot, extension = name.rpartition(".")
        if not dot:
            stem, extension = name, ""
        return posixpath.join(folder, f"{stem}.{secrets.token_hex(8)}{dot}{extension}")


class RenditionStorage(UnguessableNames, FileSystemStorage):
    """WAGTAILIMAGES_RENDITION_STORAGE on disk (for S3, put the mixin on S3Storage)."""
