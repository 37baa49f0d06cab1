// A job-server suite in Go's common styles (net/http, t.Fatalf / t.Errorf "got …, want …"),
// run against the loopback faults of tests/data/junit/with-faults by generate-go-corpus.
package jobsuite

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

func fault(name string) string { return os.Getenv("FAULT_" + name) }

const job = `{"channels": [1, 2, 3]}`

// The client most suites start from: one overall timeout.
var client = &http.Client{Timeout: time.Second}

func createJob(t *testing.T, c *http.Client, base string) {
	t.Helper()
	res, err := c.Post(base+"/jobs", "application/json", strings.NewReader(job))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("reading the job: %v", err)
	}
	if res.StatusCode != http.StatusCreated {
		t.Fatalf("POST /jobs: status = %d, want %d", res.StatusCode, http.StatusCreated)
	}
	_ = body
}

func getHealth(t *testing.T, c *http.Client, base string) {
	t.Helper()
	res, err := c.Get(base + "/health")
	if err != nil {
		t.Fatalf("health: %v", err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("health: got %d, want %d", res.StatusCode, http.StatusOK)
	}
}

func TestCreateJob(t *testing.T) { createJob(t, client, fault("OK")) }

func TestConnectTimeoutDialer(t *testing.T) {
	c := &http.Client{Transport: &http.Transport{DialContext: (&net.Dialer{Timeout: 500 * time.Millisecond}).DialContext}}
	getHealth(t, c, fault("BLACKHOLE"))
}

func TestConnectTimeoutClientTimeout(t *testing.T) { getHealth(t, client, fault("BLACKHOLE")) }

func TestReadTimeoutClientTimeout(t *testing.T) { createJob(t, client, fault("SLOW")) }

func TestReadTimeoutResponseHeaderTimeout(t *testing.T) {
	c := &http.Client{Transport: &http.Transport{ResponseHeaderTimeout: time.Second}}
	createJob(t, c, fault("SLOW"))
}

func TestReadTimeoutContextDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, fault("SLOW")+"/jobs", strings.NewReader(job))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
}

func TestConnectionRefused(t *testing.T) { getHealth(t, client, fault("CLOSED")) }

func TestConnectionReset(t *testing.T) { createJob(t, client, fault("RESET")) }

func TestHangUpMidAnswer(t *testing.T) { createJob(t, client, fault("HANGUP")) }

func TestClosedWithoutAnAnswer(t *testing.T) { createJob(t, client, fault("CLOSE")) }

func TestUnknownHost(t *testing.T) { getHealth(t, client, fault("NXDOMAIN")) }

func TestUntrustedCertificate(t *testing.T) { getHealth(t, client, fault("TLS")) }

func TestOverloaded(t *testing.T) { createJob(t, client, fault("OVERLOADED")) }

// The body says why: the test prints it, as a careful suite does.
func TestWaitingForFibre(t *testing.T) {
	res, err := client.Get(fault("NOFIBER") + "/metadata")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /metadata: %d %s", res.StatusCode, body)
	}
}

func TestUnauthorized(t *testing.T) { createJob(t, client, fault("AUTH")) }

func TestForbidden(t *testing.T) { createJob(t, client, fault("FORBIDDEN")) }

func TestServerError(t *testing.T) { createJob(t, client, fault("5XX")) }

func TestMetadataSampleRate(t *testing.T) {
	res, err := client.Get(fault("OK") + "/metadata")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var meta map[string]any
	if err := json.NewDecoder(res.Body).Decode(&meta); err != nil {
		t.Fatal(err)
	}
	if got := meta["sample_rate_hz"]; got != 2000.0 {
		t.Errorf("sample_rate_hz = %v, want 2000", got)
	}
}

// Two jobs through a pool of one connection: the second waits for the first one's.
func TestPoolOfOne(t *testing.T) {
	c := &http.Client{Timeout: time.Second, Transport: &http.Transport{MaxConnsPerHost: 1}}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := c.Post(fault("SLOW")+"/jobs", "application/json", strings.NewReader(job))
			if err != nil {
				t.Error(err)
				return
			}
			res.Body.Close()
		}()
	}
	wg.Wait()
}
