from django.db import migrations


def update_roles(apps, schema_editor):
    from people.roles import roles_sync

    roles_sync(apps)


class Migration(migrations.Migration):
    """Trainers author scenarios."""

    dependencies = [
        ("people", "0002_roles"),
        ("scenarios", "0001_initial"),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]
