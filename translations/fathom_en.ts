<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>fathom</name>
    <message numerus="yes">
        <source>writing %1 (%n failure(s))…</source>
        <translation>
            <numerusform>writing %1 (%n failure)…</numerusform>
            <numerusform>writing %1 (%n failures)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %n warm-up job(s) succeeded, too few to know how long a job takes</source>
        <translation>
            <numerusform>only %n warm-up job succeeded, too few to know how long a job takes</numerusform>
            <numerusform>only %n warm-up jobs succeeded, too few to know how long a job takes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not recorded completely: run %1 in the history lacks its result (and reads &quot;interrupted&quot;); %2 of %n step(s) stored. The verdict above and --json are the whole result.</source>
        <translation>
            <numerusform>Not recorded completely: run %1 in the history lacks its result (and reads &quot;interrupted&quot;); %2 of %n step stored. The verdict above and --json are the whole result.</numerusform>
            <numerusform>Not recorded completely: run %1 in the history lacks its result (and reads &quot;interrupted&quot;); %2 of %n steps stored. The verdict above and --json are the whole result.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded as run %1, but only %2 of its %n step(s) could be stored (%3); &quot;fathom runs show %1&quot; lacks the rest.</source>
        <translation>
            <numerusform>Recorded as run %1, but only %2 of its %n step could be stored (%3); &quot;fathom runs show %1&quot; lacks the rest.</numerusform>
            <numerusform>Recorded as run %1, but only %2 of its %n steps could be stored (%3); &quot;fathom runs show %1&quot; lacks the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fathom::CircuitBreaker</name>
    <message numerus="yes">
        <source>%n consecutive failures</source>
        <translation>
            <numerusform>%n consecutive failures</numerusform>
            <numerusform>%n consecutive failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trial call(s) succeeded</source>
        <translation>
            <numerusform>%n trial call succeeded</numerusform>
            <numerusform>%n trial calls succeeded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fathom::DiagnosisPanel</name>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Imported %n file.</numerusform>
            <numerusform>Imported %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s) failed (%2%) — %3 of them infrastructure</source>
        <translation>
            <numerusform>%1 of %n test failed (%2%) — %3 of them infrastructure</numerusform>
            <numerusform>%1 of %n tests failed (%2%) — %3 of them infrastructure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) match.</source>
        <translation>
            <numerusform>%n failure matches.</numerusform>
            <numerusform>%n failures match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failure of this root cause matches; %n in other root causes — select “All failures” to see them.</source>
        <translation>
            <numerusform>No failure of this root cause matches; %n in other root causes — select “All failures” to see them.</numerusform>
            <numerusform>No failure of this root cause matches; %n in other root causes — select “All failures” to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) of this root cause match; %1 in all — select “All failures” to see every one.</source>
        <translation>
            <numerusform>%n failure of this root cause matches; %1 in all — select “All failures” to see every one.</numerusform>
            <numerusform>%n failures of this root cause match; %1 in all — select “All failures” to see every one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more note(s): point here to read them)</source>
        <translation>
            <numerusform>%1 (and 1 more note: point here to read it)</numerusform>
            <numerusform>%1 (and %n more notes: point here to read them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unique error(s)</source>
        <translation>
            <numerusform>%n unique error</numerusform>
            <numerusform>%n unique errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in %1 root causes. Select a root cause for its evidence, its fix and its unique errors.</source>
        <translation>
            <numerusform>%n failure in %1 root causes. Select a root cause for its evidence, its fix and its unique errors.</numerusform>
            <numerusform>%n failures in %1 root causes. Select a root cause for its evidence, its fix and its unique errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the report and fathom diagnose --json list them all.</source>
        <translation>
            <numerusform>… and %n more: the report and fathom diagnose --json list them all.</numerusform>
            <numerusform>… and %n more: the report and fathom diagnose --json list them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s); saved in the history as run %1.</source>
        <translation>
            <numerusform>Imported %n file; saved in the history as run %1.</numerusform>
            <numerusform>Imported %n files; saved in the history as run %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s), but the run was not saved in the history: %1</source>
        <translation>
            <numerusform>Imported %n file, but the run was not saved in the history: %1</numerusform>
            <numerusform>Imported %n files, but the run was not saved in the history: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fathom::DiscoveryResult</name>
    <message numerus="yes">
        <source>Limit the suite to %n concurrent job(s).</source>
        <translation>
            <numerusform>Limit the suite to %n concurrent job.</numerusform>
            <numerusform>Limit the suite to %n concurrent jobs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discovery stopped: the target&apos;s health check kept failing for %1 s (%2). The %n step(s) measured before are kept; run again once the target is healthy.</source>
        <translation>
            <numerusform>Discovery stopped: the target&apos;s health check kept failing for %1 s (%2). The %n step measured before are kept; run again once the target is healthy.</numerusform>
            <numerusform>Discovery stopped: the target&apos;s health check kept failing for %1 s (%2). The %n steps measured before are kept; run again once the target is healthy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server served %n job(s) at once; above that they waited.</source>
        <translation>
            <numerusform>The server served %n job at once; above that they waited.</numerusform>
            <numerusform>The server served %n jobs at once; above that they waited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server serves %n job(s) at once.</source>
        <translation>
            <numerusform>The server serves %n job at once.</numerusform>
            <numerusform>The server serves %n jobs at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server serves %n job(s) at once; beyond that it turns the excess away (%1).</source>
        <translation>
            <numerusform>The server serves %n job at once; beyond that it turns the excess away (%1).</numerusform>
            <numerusform>The server serves %n jobs at once; beyond that it turns the excess away (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server serves %n job(s) at once; beyond that the jobs fail (%1).</source>
        <translation>
            <numerusform>The server serves %n job at once; beyond that the jobs fail (%1).</numerusform>
            <numerusform>The server serves %n jobs at once; beyond that the jobs fail (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server serves %n job(s) at once; beyond that it queues them (%1) and from %2 on they fail (%3).</source>
        <translation>
            <numerusform>The server serves %n job at once; beyond that it queues them (%1) and from %2 on they fail (%3).</numerusform>
            <numerusform>The server serves %n jobs at once; beyond that it queues them (%1) and from %2 on they fail (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server serves %n job(s) at once; beyond that it queues them (%1), and every job still succeeded up to the maximum level tried, %2: capacity is at least %2.</source>
        <translation>
            <numerusform>The server serves %n job at once; beyond that it queues them (%1), and every job still succeeded up to the maximum level tried, %2: capacity is at least %2.</numerusform>
            <numerusform>The server serves %n jobs at once; beyond that it queues them (%1), and every job still succeeded up to the maximum level tried, %2: capacity is at least %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discovery stopped: the target stopped answering during the run (%1). The %n step(s) measured before are kept; the highest level that passed is %2. Check that the server is still running (it may have crashed under the load), then run again.</source>
        <translation>
            <numerusform>Discovery stopped: the target stopped answering during the run (%1). The %n step measured before are kept; the highest level that passed is %2. Check that the server is still running (it may have crashed under the load), then run again.</numerusform>
            <numerusform>Discovery stopped: the target stopped answering during the run (%1). The %n steps measured before are kept; the highest level that passed is %2. Check that the server is still running (it may have crashed under the load), then run again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not even %n concurrent job(s) succeeded in %1.</source>
        <translation>
            <numerusform>Not even %n concurrent job succeeded in %1.</numerusform>
            <numerusform>Not even %n concurrent jobs succeeded in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) tried</source>
        <translation>
            <numerusform>%n level tried</numerusform>
            <numerusform>%n levels tried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paced trial(s) after %1.</source>
        <translation>
            <numerusform>%n paced trial after %1.</numerusform>
            <numerusform>%n paced trials after %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n level</numerusform>
            <numerusform>%n levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yet %n warm-up job(s), sent one at a time just before, succeeded: the jobs Fathom created may still hold the server&apos;s slots, because nothing deletes them. Set the cleanup request (--cleanup-path /jobs/{job_id}, or &quot;cleanup&quot; in the profile) and run it again.</source>
        <translation>
            <numerusform>Yet %n warm-up job, sent one at a time just before, succeeded: the jobs Fathom created may still hold the server&apos;s slots, because nothing deletes them. Set the cleanup request (--cleanup-path /jobs/{job_id}, or &quot;cleanup&quot; in the profile) and run it again.</numerusform>
            <numerusform>Yet %n warm-up jobs, sent one at a time just before, succeeded: the jobs Fathom created may still hold the server&apos;s slots, because nothing deletes them. Set the cleanup request (--cleanup-path /jobs/{job_id}, or &quot;cleanup&quot; in the profile) and run it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fathom::HistoryPanel</name>
    <message numerus="yes">
        <source>Delete %n run(s) from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n run from the history? This cannot be undone.</numerusform>
            <numerusform>Delete %n runs from the history? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unique error(s)</source>
        <translation>
            <numerusform>%n unique error</numerusform>
            <numerusform>%n unique errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fathom::JiraIssueText</name>
    <message numerus="yes">
        <source>%1: %2 (%n failed test(s))</source>
        <translation>
            <numerusform>%1: %2 (%n failed test)</numerusform>
            <numerusform>%1: %2 (%n failed tests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n failed test(s))</source>
        <translation>
            <numerusform>%1 (%n failed test)</numerusform>
            <numerusform>%1 (%n failed tests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fathom::Probe</name>
    <message numerus="yes">
        <source>The job was refused as one of too many requests (HTTP 429): the server limits the request rate and asked to come back after %1 s (Retry-After). %n attempt(s) were made. Measure the rate with fathom discover, and pace the suite below it.</source>
        <translation>
            <numerusform>The job was refused as one of too many requests (HTTP 429): the server limits the request rate and asked to come back after %1 s (Retry-After). %n attempt were made. Measure the rate with fathom discover, and pace the suite below it.</numerusform>
            <numerusform>The job was refused as one of too many requests (HTTP 429): the server limits the request rate and asked to come back after %1 s (Retry-After). %n attempts were made. Measure the rate with fathom discover, and pace the suite below it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The job was refused as one of too many requests (HTTP 429): the server limits the request rate. %n attempt(s) were made. Measure the rate with fathom discover, and pace the suite below it.</source>
        <translation>
            <numerusform>The job was refused as one of too many requests (HTTP 429): the server limits the request rate. %n attempt were made. Measure the rate with fathom discover, and pace the suite below it.</numerusform>
            <numerusform>The job was refused as one of too many requests (HTTP 429): the server limits the request rate. %n attempts were made. Measure the rate with fathom discover, and pace the suite below it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target did not answer its health check within %1 s, one request&apos;s connect and request timeouts (%n attempt(s); the last that ended: %2). Check that the server runs and answers, and the network between.</source>
        <translation>
            <numerusform>The target did not answer its health check within %1 s, one request&apos;s connect and request timeouts (%n attempt; the last that ended: %2). Check that the server runs and answers, and the network between.</numerusform>
            <numerusform>The target did not answer its health check within %1 s, one request&apos;s connect and request timeouts (%n attempts; the last that ended: %2). Check that the server runs and answers, and the network between.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target did not answer its health check: %1 (%2), %n attempt(s) in %3 s. Check the base URL, that the server runs, and the network between.</source>
        <translation>
            <numerusform>The target did not answer its health check: %1 (%2), %n attempt in %3 s. Check the base URL, that the server runs, and the network between.</numerusform>
            <numerusform>The target did not answer its health check: %1 (%2), %n attempts in %3 s. Check the base URL, that the server runs, and the network between.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, the last of %n attempt(s) over %1 s</source>
        <translation>
            <numerusform>, the last of %n attempt over %1 s</numerusform>
            <numerusform>, the last of %n attempts over %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)%1.</source>
        <translation>
            <numerusform>%n attempt%1.</numerusform>
            <numerusform>%n attempts%1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fathom::Recommendations</name>
    <message numerus="yes">
        <source>Limit the suite to %n concurrent job(s): a semaphore of %n around job creation, or %n worker(s). A client pool of %n connection(s) is then enough; a larger pool only turns waits for a connection into 503s.</source>
        <translation>
            <numerusform>Limit the suite to %n concurrent job: a semaphore of %n around job creation, or %n worker. A client pool of %n connection is then enough; a larger pool only turns waits for a connection into 503s.</numerusform>
            <numerusform>Limit the suite to %n concurrent jobs: a semaphore of %n around job creation, or %n workers. A client pool of %n connections is then enough; a larger pool only turns waits for a connection into 503s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capacity discovery (run #%1) measured that the server takes %n job(s) at once and turns the rest away.</source>
        <translation>
            <numerusform>Capacity discovery (run #%1) measured that the server takes %n job at once and turns the rest away.</numerusform>
            <numerusform>Capacity discovery (run #%1) measured that the server takes %n jobs at once and turns the rest away.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give a batch of %n job(s) a deadline of at least %1 s, and smaller batches ⌈jobs ÷ %2⌉ × %3 s with the same margin.</source>
        <translation>
            <numerusform>Give a batch of %n job a deadline of at least %1 s, and smaller batches ⌈jobs ÷ %2⌉ × %3 s with the same margin.</numerusform>
            <numerusform>Give a batch of %n jobs a deadline of at least %1 s, and smaller batches ⌈jobs ÷ %2⌉ × %3 s with the same margin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1 at a time, %n job(s) take ⌈%n ÷ %1⌉ × %2 s = %3 s; the deadline adds half again.</source>
        <translation>
            <numerusform>At %1 at a time, %n job take ⌈%n ÷ %1⌉ × %2 s = %3 s; the deadline adds half again.</numerusform>
            <numerusform>At %1 at a time, %n jobs take ⌈%n ÷ %1⌉ × %2 s = %3 s; the deadline adds half again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the client a pool of %n connection(s) (Python requests: HTTPAdapter(pool_connections=%n, pool_maxsize=%n) on every session).</source>
        <translation>
            <numerusform>Give the client a pool of %n connection (Python requests: HTTPAdapter(pool_connections=%n, pool_maxsize=%n) on every session).</numerusform>
            <numerusform>Give the client a pool of %n connections (Python requests: HTTPAdapter(pool_connections=%n, pool_maxsize=%n) on every session).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server takes %1 jobs at once (run #%2), more than the pool of %n held: requests waited for a connection, not for the server.</source>
        <translation>
            <numerusform>The server takes %1 jobs at once (run #%2), more than the pool of %n held: requests waited for a connection, not for the server.</numerusform>
            <numerusform>The server takes %1 jobs at once (run #%2), more than the pool of %n held: requests waited for a connection, not for the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fathom::ReportWriter</name>
    <message numerus="yes">
        <source>%1 of %n test(s) failed (%2): %3 failures and %4 errors; %5 passed, %6 skipped.</source>
        <translation>
            <numerusform>%1 of %n test failed (%2): %3 failures and %4 errors; %5 passed, %6 skipped.</numerusform>
            <numerusform>%1 of %n tests failed (%2): %3 failures and %4 errors; %5 passed, %6 skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, in the appendix.</source>
        <translation>
            <numerusform>… and %n more, in the appendix.</numerusform>
            <numerusform>… and %n more, in the appendix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the HTML report and the CSV export list them all.</source>
        <translation>
            <numerusform>… and %n more: the HTML report and the CSV export list them all.</numerusform>
            <numerusform>… and %n more: the HTML report and the CSV export list them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other test(s) passed in both runs.</source>
        <translation>
            <numerusform>%n other test passed in both runs.</numerusform>
            <numerusform>%n other tests passed in both runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fathom::RootCauseAnalysis</name>
    <message numerus="yes">
        <source>%n failed test(s), %1 of the failures, e.g. %2.</source>
        <translation>
            <numerusform>%n failed test, %1 of the failures, e.g. %2.</numerusform>
            <numerusform>%n failed tests, %1 of the failures, e.g. %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n test(s) ran at the same time (from their start times).</source>
        <translation>
            <numerusform>Up to %n test ran at the same time (from their start times).</numerusform>
            <numerusform>Up to %n tests ran at the same time (from their start times).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was overloaded: its measured capacity is %n concurrent job(s), and the suite asked for more at once, so the server refused the rest with 503.</source>
        <translation>
            <numerusform>The server was overloaded: its measured capacity is %n concurrent job, and the suite asked for more at once, so the server refused the rest with 503.</numerusform>
            <numerusform>The server was overloaded: its measured capacity is %n concurrent jobs, and the suite asked for more at once, so the server refused the rest with 503.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Limit the suite&apos;s concurrency to at most %n job(s) (a semaphore around job creation), retry 503s with exponential backoff honouring Retry-After, or raise the server&apos;s capacity.</source>
        <translation>
            <numerusform>Limit the suite&apos;s concurrency to at most %n job (a semaphore around job creation), retry 503s with exponential backoff honouring Retry-After, or raise the server&apos;s capacity.</numerusform>
            <numerusform>Limit the suite&apos;s concurrency to at most %n jobs (a semaphore around job creation), retry 503s with exponential backoff honouring Retry-After, or raise the server&apos;s capacity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tests waited for batches of up to %n job(s) (&quot;futures unfinished&quot; in the error text).</source>
        <translation>
            <numerusform>The tests waited for batches of up to %n job (&quot;futures unfinished&quot; in the error text).</numerusform>
            <numerusform>The tests waited for batches of up to %n jobs (&quot;futures unfinished&quot; in the error text).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) at %1 at a time (the server&apos;s capacity) take ⌈%n ÷ %1⌉ = %2 times one job&apos;s length: about %3 s, more with retries and their backoff.</source>
        <translation>
            <numerusform>%n job at %1 at a time (the server&apos;s capacity) take ⌈%n ÷ %1⌉ = %2 times one job&apos;s length: about %3 s, more with retries and their backoff.</numerusform>
            <numerusform>%n jobs at %1 at a time (the server&apos;s capacity) take ⌈%n ÷ %1⌉ = %2 times one job&apos;s length: about %3 s, more with retries and their backoff.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A Locust ramp (%1) against %2 succeeded at up to %n concurrent job(s) (%3).</source>
        <translation>
            <numerusform>A Locust ramp (%1) against %2 succeeded at up to %n concurrent job (%3).</numerusform>
            <numerusform>A Locust ramp (%1) against %2 succeeded at up to %n concurrent jobs (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capacity discovery (%1) against %2 measured a capacity of %n concurrent job(s) (%3).</source>
        <translation>
            <numerusform>Capacity discovery (%1) against %2 measured a capacity of %n concurrent job (%3).</numerusform>
            <numerusform>Capacity discovery (%1) against %2 measured a capacity of %n concurrent jobs (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read timeouts in %n test(s)&apos; error texts: %1 s.</source>
        <translation>
            <numerusform>Read timeouts in %n test&apos; error texts: %1 s.</numerusform>
            <numerusform>Read timeouts in %n tests&apos; error texts: %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fathom&apos;s profile &quot;%1&quot; (how Fathom connects, not the suite): connect timeout %2 s, request timeout %3 s, %n retr(y/ies) with backoff.</source>
        <translation>
            <numerusform>Fathom&apos;s profile &quot;%1&quot; (how Fathom connects, not the suite): connect timeout %2 s, request timeout %3 s, %n retry with backoff.</numerusform>
            <numerusform>Fathom&apos;s profile &quot;%1&quot; (how Fathom connects, not the suite): connect timeout %2 s, request timeout %3 s, %n retries with backoff.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The suite&apos;s client kept a pool of %1 connections (&quot;Connection pool size: %1&quot; in the output of %n test(s): %2).</source>
        <translation>
            <numerusform>The suite&apos;s client kept a pool of %1 connections (&quot;Connection pool size: %1&quot; in the output of %n test: %2).</numerusform>
            <numerusform>The suite&apos;s client kept a pool of %1 connections (&quot;Connection pool size: %1&quot; in the output of %n tests: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its pool did not block (pool_block=False): urllib3 opened more connections than it keeps and discarded them after (&quot;Connection pool is full, discarding connection&quot; in %n test(s)). That is not why a request failed.</source>
        <translation>
            <numerusform>Its pool did not block (pool_block=False): urllib3 opened more connections than it keeps and discarded them after (&quot;Connection pool is full, discarding connection&quot; in %n test). That is not why a request failed.</numerusform>
            <numerusform>Its pool did not block (pool_block=False): urllib3 opened more connections than it keeps and discarded them after (&quot;Connection pool is full, discarding connection&quot; in %n tests). That is not why a request failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its pool blocked: requests waited for a free connection and gave up (EmptyPoolError in %n test(s)).</source>
        <translation>
            <numerusform>Its pool blocked: requests waited for a free connection and gave up (EmptyPoolError in %n test).</numerusform>
            <numerusform>Its pool blocked: requests waited for a free connection and gave up (EmptyPoolError in %n tests).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server takes %n job(s) at once: limit the suite to %n (a semaphore around job creation) and give the client a pool of %n connection(s); a larger pool only turns waits for a connection into 503s.</source>
        <translation>
            <numerusform>The server takes %n job at once: limit the suite to %n (a semaphore around job creation) and give the client a pool of %n connection; a larger pool only turns waits for a connection into 503s.</numerusform>
            <numerusform>The server takes %n jobs at once: limit the suite to %n (a semaphore around job creation) and give the client a pool of %n connections; a larger pool only turns waits for a connection into 503s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tests&apos; code starts %1 worker threads (max_workers=%1 in the trace of %n test(s): %2).</source>
        <translation>
            <numerusform>The tests&apos; code starts %1 worker threads (max_workers=%1 in the trace of %n test: %2).</numerusform>
            <numerusform>The tests&apos; code starts %1 worker threads (max_workers=%1 in the trace of %n tests: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n failure(s) name it)</source>
        <translation>
            <numerusform>%1 (%n failure name it)</numerusform>
            <numerusform>%1 (%n failures name it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them said too little to tell this cause from another; %1.</source>
        <translation>
            <numerusform>%n of them said too little to tell this cause from another; %1.</numerusform>
            <numerusform>%n of them said too little to tell this cause from another; %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unique error(s)</source>
        <translation>
            <numerusform>%n unique error</numerusform>
            <numerusform>%n unique errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fathom::RunStore</name>
    <message numerus="yes">
        <source>%1 of %n test(s) failed (%2%)</source>
        <translation>
            <numerusform>%1 of %n test failed (%2%)</numerusform>
            <numerusform>%1 of %n tests failed (%2%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unique error(s)</source>
        <translation>
            <numerusform>%n unique error</numerusform>
            <numerusform>%n unique errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fathom::TestStability</name>
    <message numerus="yes">
        <source>fails in the %n run(s) that ran %1 or more jobs at once</source>
        <translation>
            <numerusform>fails in the %n run that ran %1 or more jobs at once</numerusform>
            <numerusform>fails in the %n runs that ran %1 or more jobs at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passes in the %n that ran %1 or fewer</source>
        <translation>
            <numerusform>passes in the %n that ran %1 or fewer</numerusform>
            <numerusform>passes in the %n that ran %1 or fewer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed in %1 and passed in %2 of the last %n run(s) of the same code</source>
        <translation>
            <numerusform>failed in %1 and passed in %2 of the last %n run of the same code</numerusform>
            <numerusform>failed in %1 and passed in %2 of the last %n runs of the same code</numerusform>
        </translation>
    </message>
</context>
</TS>
