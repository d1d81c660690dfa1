from django.db import migrations


def update_roles(apps, schema_editor):
    from people.roles import roles_sync

    roles_sync(apps)


class Migration(migrations.Migration):
    """Compliance officers manage assignments and see the dashboard."""

    dependencies = [
        ("compliance", "0001_initial"),
        ("people", "0004_roles_confidants"),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]
