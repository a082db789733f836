"""Two groups an administrator only has to add people to:

- "Báo cáo viên xã, phường": enter and correct figures — only for the communes a user is
  assigned to (Chiến dịch → Báo cáo viên xã, phường); without an assignment they see nothing.
- "Theo dõi chiến dịch": province staff who manage every commune's figures, classes and teams.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REPORTERS = "Báo cáo viên xã, phường"
PROVINCE = "Theo dõi chiến dịch"
REPORTER_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("campaigns", "progressfigure", "add_progressfigure"),
    ("campaigns", "progressfigure", "change_progressfigure"),
]
PROVINCE_PERMISSIONS = REPORTER_PERMISSIONS + [
    ("campaigns", "progressfigure", "delete_progressfigure"),
    ("campaigns", "progressfigure", "manage_all_communes"),
] + [
    ("campaigns", model, f"{action}_{model}")
    for model in ("digitalclass", "digitalteam")
    for action in ("add", "change", "delete")
]


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():  # permissions normally appear after migrate
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in ((REPORTERS, REPORTER_PERMISSIONS), (PROVINCE, PROVINCE_PERMISSIONS)):
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, _model, codename in wanted:
            permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if permission:
                group.permissions.add(permission)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[REPORTERS, PROVINCE]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
