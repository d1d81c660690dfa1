from people.factories import DepartmentFactory
from people.selectors import department_descendant_ids


def test_a_department_includes_everything_below_it(db):
    head = DepartmentFactory(name="Regio Noord")
    service = DepartmentFactory(name="Service", parent=head)
    desk = DepartmentFactory(name="Balie", parent=service)
    other = DepartmentFactory(name="Regio Zuid")
    assert department_descendant_ids(department=head) == {head.pk, service.pk, desk.pk}
    assert department_descendant_ids(department=service) == {service.pk, desk.pk}
    assert other.pk not in department_descendant_ids(department=head)
