"""Batches of jobs from 40 worker threads: the suite's load tests. They run first."""


def test_bulk_40_jobs(api):
    api.batch(40)


def test_bulk_36_jobs(api):
    api.batch(36)


def test_bulk_30_jobs(api):
    api.batch(30)


def test_bulk_24_jobs(api):
    api.batch(24)


def test_bulk_20_jobs(api):
    api.batch(20)


def test_bulk_16_jobs(api):
    api.batch(16)


def test_resilient_batch_40(resilient_api):
    resilient_api.batch(40)


def test_resilient_batch_36(resilient_api):
    resilient_api.batch(36)


def test_resilient_batch_30(resilient_api):
    resilient_api.batch(30)


def test_small_batch_8(api):
    api.batch(8)


def test_small_batch_12(api):
    api.batch(12)
