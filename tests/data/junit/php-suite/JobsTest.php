<?php
// A job-server suite in PHP's common styles: Guzzle (http_errors on, its default) and ext-curl
// with assertSame on the status, run under PHPUnit --log-junit against the loopback faults of
// tests/data/junit/with-faults by generate-php-corpus. Debian's packages: phpunit,
// php-guzzlehttp-guzzle, php-curl.
declare(strict_types=1);

require_once '/usr/share/php/GuzzleHttp/autoload.php';

use GuzzleHttp\Client;
use PHPUnit\Framework\TestCase;

final class JobsTest extends TestCase
{
    private const JOB = '{"channels": [1, 2, 3]}';

    public static function faults(): array
    {
        return [
            'connect timeout' => ['BLACKHOLE', 'GET', '/health'],
            'read timeout' => ['SLOW', 'POST', '/jobs'],
            'connection refused' => ['CLOSED', 'GET', '/health'],
            'connection reset' => ['RESET', 'POST', '/jobs'],
            'hang-up mid-answer' => ['HANGUP', 'POST', '/jobs'],
            'closed without an answer' => ['CLOSE', 'POST', '/jobs'],
            'unknown host' => ['NXDOMAIN', 'GET', '/health'],
            'untrusted certificate' => ['TLS', 'GET', '/health'],
            'overloaded' => ['OVERLOADED', 'POST', '/jobs'],
            'waiting for fibre' => ['NOFIBER', 'GET', '/metadata'],
            'unauthorized' => ['AUTH', 'POST', '/jobs'],
            'forbidden' => ['FORBIDDEN', 'POST', '/jobs'],
            'server error' => ['5XX', 'POST', '/jobs'],
        ];
    }

    private static function fault(string $name): string
    {
        return getenv('FAULT_' . $name);
    }

    /** @dataProvider faults */
    public function testGuzzle(string $server, string $method, string $path): void
    {
        $client = new Client(['base_uri' => self::fault($server), 'connect_timeout' => 0.5, 'timeout' => 1]);
        $options = $method === 'POST' ? ['body' => self::JOB, 'headers' => ['Content-Type' => 'application/json']] : [];
        $response = $client->request($method, $path, $options);
        $this->assertSame($method === 'POST' ? 201 : 200, $response->getStatusCode());
    }

    /** @dataProvider faults */
    public function testCurl(string $server, string $method, string $path): void
    {
        $curl = curl_init(self::fault($server) . $path);
        curl_setopt_array($curl, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_CONNECTTIMEOUT_MS => 500,
            CURLOPT_TIMEOUT_MS => 1000,
            CURLOPT_CUSTOMREQUEST => $method,
            CURLOPT_POSTFIELDS => $method === 'POST' ? self::JOB : null,
        ]);
        $body = curl_exec($curl);
        if ($body === false) {
            throw new RuntimeException('curl: ' . curl_error($curl) . ' (' . curl_errno($curl) . ')');
        }
        $this->assertSame($method === 'POST' ? 201 : 200, curl_getinfo($curl, CURLINFO_RESPONSE_CODE), $body);
    }

    public function testMetadataHasTheSampleRate(): void
    {
        $client = new Client(['base_uri' => self::fault('OK'), 'timeout' => 1]);
        $meta = json_decode((string) $client->get('/metadata')->getBody(), true);
        $this->assertEquals(2000, $meta['sample_rate_hz']);
    }
}
