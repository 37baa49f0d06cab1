"""The job server of the story: it runs CAPACITY jobs at once, each taking JOB_S seconds, and
answers 503 {"error": "Server overloaded"} to a job beyond them. Served by gunicorn with more
threads than any suite opens connections, so that the limit is this one and nothing else.
tests/story/run-story starts it."""
import itertools
import json
import os
import threading
import time

CAPACITY = int(os.environ.get("STORY_CAPACITY", "12"))
JOB_S = float(os.environ.get("STORY_JOB_S", "1.0"))

lock = threading.Lock()
running = 0
ids = itertools.count(1)


def answer(start_response, status, body):
    data = json.dumps(body).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return [data]


def app(environ, start_response):
    global running
    path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "")
    if path == "/health":
        return answer(start_response, "200 OK", {"status": "ok"})
    if path != "/jobs" or method != "POST":
        return answer(start_response, "404 Not Found", {"error": "not found"})
    length = int(environ.get("CONTENT_LENGTH") or 0)
    if length:
        environ["wsgi.input"].read(length)
    with lock:
        if running >= CAPACITY:
            return answer(start_response, "503 Service Unavailable", {"error": "Server overloaded"})
        running += 1
        job = next(ids)
    try:
        time.sleep(JOB_S)
    finally:
        with lock:
            running -= 1
    return answer(start_response, "201 Created", {"job_id": job, "state": "completed"})
