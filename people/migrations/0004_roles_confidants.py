from django.db import migrations


def update_roles(apps, schema_editor):
    from people.roles import roles_sync

    roles_sync(apps)


class Migration(migrations.Migration):
    """Administrators keep the confidant directory."""

    dependencies = [
        ("people", "0003_roles_scenarios"),
        ("confidants", "0001_initial"),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]
