# A job-server suite in shell with curl itself (--fail-with-body, a connect and a total timeout),
# run by bats against the loopback faults of tests/data/junit/with-faults (generate-curl-corpus).

call() { # METHOD URL
  curl --silent --show-error --fail-with-body --connect-timeout 0.5 --max-time 1 \
    -X "$1" -H 'Content-Type: application/json' -d '{"channels": [1, 2, 3]}' "$2"
}

@test "creates a job" { call POST "$FAULT_OK/jobs"; }
@test "connect timeout" { call GET "$FAULT_BLACKHOLE/health"; }
@test "read timeout" { call POST "$FAULT_SLOW/jobs"; }
@test "connection refused" { call GET "$FAULT_CLOSED/health"; }
@test "connection reset" { call POST "$FAULT_RESET/jobs"; }
@test "hang-up mid-answer" { call POST "$FAULT_HANGUP/jobs"; }
@test "closed without an answer" { call POST "$FAULT_CLOSE/jobs"; }
@test "unknown host" { call GET "$FAULT_NXDOMAIN/health"; }
@test "untrusted certificate" { call GET "$FAULT_TLS/health"; }
@test "overloaded" { call POST "$FAULT_OVERLOADED/jobs"; }
@test "waiting for fibre" { call GET "$FAULT_NOFIBER/metadata"; }
@test "unauthorized" { call POST "$FAULT_AUTH/jobs"; }
@test "forbidden" { call POST "$FAULT_FORBIDDEN/jobs"; }
@test "server error" { call POST "$FAULT_5XX/jobs"; }
