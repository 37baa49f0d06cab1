"""The suite of the story: pytest + requests against a job server, with the settings a team
would have: a shared Session whose adapter keeps 10 connections, 40 worker threads, 2 s
timeouts and a 3 s deadline per batch. STORY_URL names the server; STORY_CONFIG, a JSON file,
may change any setting (tests/story/run-story writes it from Fathom's advice)."""
import concurrent.futures
import json
import logging
import os
import threading

import pytest
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

DEFAULTS = {
    "workers": 40,  # ThreadPoolExecutor(max_workers=...) of a batch
    "pool": 10,  # HTTPAdapter(pool_maxsize=...); requests' default
    "concurrency": 0,  # a semaphore around job creation; 0: none
    "timeout_s": 2.0,  # (connect, read) timeout of every request
    "urgent_timeout_s": 0.8,  # test_urgent_job's own, tighter timeout
    "batch_deadline_s": 3.0,  # as_completed(..., timeout=...) of a batch
}

log = logging.getLogger("story.api")


def load_config():
    config = dict(DEFAULTS)
    path = os.environ.get("STORY_CONFIG")
    if path:
        with open(path) as f:
            config.update(json.load(f))
    return config


CONFIG = load_config()


class Api:
    def __init__(self, retries=None):
        self.base = os.environ["STORY_URL"]
        self.session = requests.Session()
        adapter = HTTPAdapter(pool_connections=1, pool_maxsize=CONFIG["pool"], max_retries=retries or 0)
        self.session.mount("http://", adapter)
        limit = CONFIG["concurrency"]
        self.gate = threading.BoundedSemaphore(limit) if limit else None

    def create_job(self, i, timeout=None):
        timeout = timeout or CONFIG["timeout_s"]
        if self.gate:
            with self.gate:
                r = self.session.post(self.base + "/jobs", json={"index": i}, timeout=timeout)
        else:
            r = self.session.post(self.base + "/jobs", json={"index": i}, timeout=timeout)
        log.info("job %d: %d", i, r.status_code)
        assert r.status_code == 201, f"job {i}: {r.status_code} {r.text}"
        return r.json()

    def batch(self, jobs):
        """Creates `jobs` jobs from the worker threads; all must succeed within the deadline."""
        with concurrent.futures.ThreadPoolExecutor(max_workers=CONFIG["workers"]) as workers:
            futures = [workers.submit(self.create_job, i) for i in range(jobs)]
            for done in concurrent.futures.as_completed(futures, timeout=CONFIG["batch_deadline_s"]):
                done.result()


@pytest.fixture(scope="session")
def api():
    return Api()


@pytest.fixture(scope="session")
def resilient_api():
    """Retries a 503 with exponential backoff, as the story's team added."""
    return Api(Retry(total=4, backoff_factor=0.5, status_forcelist=[503], allowed_methods=None,
                     raise_on_status=False))
