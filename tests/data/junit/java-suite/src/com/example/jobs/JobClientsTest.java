// A job-server suite in Java's common styles: JUnit 4 parameterized over the faults, with
// HttpURLConnection, java.net.http.HttpClient, Apache HttpClient 4 and OkHttp 3, each with a
// 500 ms connect and a 1 s read timeout, the status asserted with assertEquals. Run by
// tests/data/junit/generate-java-corpus under Ant's junit task (Surefire-style XML).
package com.example.jobs;

import static org.junit.Assert.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

@RunWith(Parameterized.class)
public class JobClientsTest {
    private static final String JOB = "{\"channels\": [1, 2, 3]}";

    @Parameters(name = "{0}")
    public static Collection<Object[]> faults() {
        return Arrays.asList(new Object[][] {
            { "connect timeout", "BLACKHOLE", "GET", "/health" },
            { "read timeout", "SLOW", "POST", "/jobs" },
            { "connection refused", "CLOSED", "GET", "/health" },
            { "connection reset", "RESET", "POST", "/jobs" },
            { "hang-up mid-answer", "HANGUP", "POST", "/jobs" },
            { "closed without an answer", "CLOSE", "POST", "/jobs" },
            { "unknown host", "NXDOMAIN", "GET", "/health" },
            { "untrusted certificate", "TLS", "GET", "/health" },
            { "overloaded", "OVERLOADED", "POST", "/jobs" },
            { "waiting for fibre", "NOFIBER", "GET", "/metadata" },
            { "unauthorized", "AUTH", "POST", "/jobs" },
            { "forbidden", "FORBIDDEN", "POST", "/jobs" },
            { "server error", "5XX", "POST", "/jobs" },
        });
    }

    private final String url;
    private final String method;
    private final int wanted;

    public JobClientsTest(String fault, String server, String method, String path) {
        this.url = System.getenv("FAULT_" + server) + path;
        this.method = method;
        this.wanted = method.equals("POST") ? 201 : 200;
    }

    @Test
    public void httpUrlConnection() throws Exception {
        HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
        c.setConnectTimeout(500);
        c.setReadTimeout(1000);
        c.setRequestMethod(method);
        if (method.equals("POST")) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(JOB.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            if (in != null)
                in.readAllBytes();
        }
        assertEquals(wanted, status);
    }

    @Test
    public void javaNetHttpClient() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(1));
        if (method.equals("POST"))
            request.POST(HttpRequest.BodyPublishers.ofString(JOB)).header("Content-Type", "application/json");
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), wanted, response.statusCode());
    }

    @Test
    public void apacheHttpClient() throws Exception {
        RequestConfig config = RequestConfig.custom().setConnectTimeout(500).setSocketTimeout(1000).build();
        try (CloseableHttpClient client = HttpClients.custom().setDefaultRequestConfig(config).build()) {
            HttpUriRequest request;
            if (method.equals("POST")) {
                HttpPost post = new HttpPost(url);
                post.setEntity(new StringEntity(JOB, ContentType.APPLICATION_JSON));
                request = post;
            } else {
                request = new HttpGet(url);
            }
            try (CloseableHttpResponse response = client.execute(request)) {
                EntityUtils.toString(response.getEntity());
                assertEquals(wanted, response.getStatusLine().getStatusCode());
            }
        }
    }

    @Test
    public void okHttp() throws Exception {
        OkHttpClient client = new OkHttpClient.Builder().connectTimeout(500, TimeUnit.MILLISECONDS)
                                  .readTimeout(1, TimeUnit.SECONDS).retryOnConnectionFailure(false).build();
        Request.Builder request = new Request.Builder().url(url);
        if (method.equals("POST"))
            request.post(RequestBody.create(MediaType.get("application/json"), JOB));
        try (Response response = client.newCall(request.build()).execute()) {
            String body = response.body().string();
            assertEquals(body, wanted, response.code());
        }
    }
}
