"""Let Wagtail's Editors and Moderators groups use the term base, as they use images.

Translators reach it from the translation editor ("Tra thuật ngữ"); without these permissions
that link would lead them to a "permission denied" page. Groups that do not exist are skipped.
"""

from django.db import migrations

ACTIONS = ("add", "change", "delete", "view")


def grant_term_permissions(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _created = ContentType.objects.get_or_create(app_label="translations", model="term")
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_term", defaults={"name": f"Can {action} thuật ngữ"}
        )[0]
        for action in ACTIONS
    ]
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


def revoke_term_permissions(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    permissions = Permission.objects.filter(
        content_type__app_label="translations", codename__in=[f"{action}_term" for action in ACTIONS]
    )
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0002_starter_terms"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        # Wagtail's initial data creates the Editors and Moderators groups.
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant_term_permissions, revoke_term_permissions)]
