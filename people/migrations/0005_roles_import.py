from django.db import migrations


def update_roles(apps, schema_editor):
    from people.roles import roles_sync

    roles_sync(apps)


class Migration(migrations.Migration):
    """Compliance officers and administrators may import employees from an HR file."""

    dependencies = [
        ("people", "0004_roles_confidants"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="employeeprofile",
            options={
                "ordering": ["user__last_name", "user__first_name", "user__email"],
                "permissions": [("import_employees", "Can import employees from an HR file")],
                "verbose_name": "employee profile",
                "verbose_name_plural": "employee profiles",
            },
        ),
        migrations.RunPython(update_roles, migrations.RunPython.noop),
    ]
