"""One job at a time: the suite's functional tests."""
import requests

from conftest import CONFIG


def test_health(api):
    assert api.session.get(api.base + "/health", timeout=CONFIG["timeout_s"]).json() == {"status": "ok"}


def test_create_job(api):
    assert api.create_job(1)["job_id"] > 0


def test_job_completes(api):
    assert api.create_job(2)["state"] == "completed"


def test_job_ids_grow(api):
    first = api.create_job(3)["job_id"]
    assert api.create_job(4)["job_id"] > first


def test_unknown_route_is_404(api):
    assert api.session.get(api.base + "/nothing", timeout=CONFIG["timeout_s"]).status_code == 404


def test_get_jobs_is_not_allowed(api):
    assert api.session.get(api.base + "/jobs", timeout=CONFIG["timeout_s"]).status_code == 404


def test_job_answer_is_json(api):
    assert isinstance(api.create_job(5), dict)


def test_job_report_schema(api):
    # The suite expects a field the server never sends: the test's expectation, not infrastructure.
    assert "report_url" in api.create_job(6)


def test_urgent_job(api):
    # This test's own timeout is shorter than a job takes.
    api.create_job(7, timeout=CONFIG["urgent_timeout_s"])


def test_two_jobs_in_a_row(api):
    api.create_job(8)
    api.create_job(9)


def test_health_again(api):
    assert requests.get(api.base + "/health", timeout=CONFIG["timeout_s"]).status_code == 200


def test_job_with_body(api):
    r = api.session.post(api.base + "/jobs", json={"channels": [1, 2, 3]}, timeout=CONFIG["timeout_s"])
    assert r.status_code == 201


def test_job_state_field(api):
    assert "state" in api.create_job(10)


def test_health_content_type(api):
    r = api.session.get(api.base + "/health", timeout=CONFIG["timeout_s"])
    assert r.headers["Content-Type"] == "application/json"


def test_job_content_type(api):
    r = api.session.post(api.base + "/jobs", json={}, timeout=CONFIG["timeout_s"])
    assert r.headers["Content-Type"] == "application/json"


def test_404_is_json(api):
    assert api.session.get(api.base + "/x", timeout=CONFIG["timeout_s"]).json()["error"] == "not found"


def test_job_index_ignored(api):
    assert api.create_job(11)["job_id"] > 0


def test_health_is_fast(api):
    assert api.session.get(api.base + "/health", timeout=CONFIG["timeout_s"]).elapsed.total_seconds() < 1


def test_last_job(api):
    assert api.create_job(12)["state"] == "completed"
