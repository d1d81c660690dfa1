from django.db import migrations

ROLE_PERMISSIONS = {
    "Trainer": ("add_scormpackage", "change_scormpackage", "view_scormpackage"),
    "Administrator": ("add_scormpackage", "change_scormpackage", "view_scormpackage"),
}


def grant(apps, schema_editor):
    """Trainers and administrators upload and rename SCORM packages (snippet permissions).
    Added to the role groups, not set: the groups keep what people/roles.py gave them."""
    from django.contrib.auth.management import create_permissions

    scorm = apps.get_app_config("scorm")
    scorm.models_module = True
    create_permissions(scorm, apps=apps, verbosity=0)
    scorm.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="scorm", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLE_PERMISSIONS.items():
        for group in Group.objects.filter(name=name):
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label="scorm", codename__in=codenames)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("scorm", "0001_initial"),
        ("people", "0005_roles_import"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
