# A job-server suite in Ruby's common styles: Net::HTTP (its code is a string, compared as one)
# and Faraday with raise_error, run under RSpec + rspec_junit_formatter against the loopback
# faults of tests/data/junit/with-faults by generate-ruby-corpus.
require 'json'
require 'net/http'
require 'faraday'

def fault(name) = ENV.fetch("FAULT_#{name}")

JOB = { channels: [1, 2, 3] }.to_json

FAULTS = {
  'creates a job' => ['OK', :post, '/jobs'],
  'connect timeout' => ['BLACKHOLE', :get, '/health'],
  'read timeout' => ['SLOW', :post, '/jobs'],
  'connection refused' => ['CLOSED', :get, '/health'],
  'connection reset' => ['RESET', :post, '/jobs'],
  'hang-up mid-answer' => ['HANGUP', :post, '/jobs'],
  'closed without an answer' => ['CLOSE', :post, '/jobs'],
  'unknown host' => ['NXDOMAIN', :get, '/health'],
  'untrusted certificate' => ['TLS', :get, '/health'],
  'overloaded' => ['OVERLOADED', :post, '/jobs'],
  'waiting for fibre' => ['NOFIBER', :get, '/metadata'],
  'unauthorized' => ['AUTH', :post, '/jobs'],
  'forbidden' => ['FORBIDDEN', :post, '/jobs'],
  'server error' => ['5XX', :post, '/jobs'],
}.freeze

def net_http(base, method, path)
  uri = URI(base + path)
  Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == 'https', open_timeout: 0.5, read_timeout: 1) do |http|
    request = method == :post ? Net::HTTP::Post.new(uri, 'Content-Type' => 'application/json') : Net::HTTP::Get.new(uri)
    request.body = JOB if method == :post
    http.request(request)
  end
end

def faraday(base)
  Faraday.new(url: base, request: { open_timeout: 0.5, timeout: 1 }) do |f|
    f.response :raise_error
    f.adapter Faraday.default_adapter
  end
end

RSpec.describe 'Net::HTTP' do
  FAULTS.each do |name, (server, method, path)|
    it name do
      res = net_http(fault(server), method, path)
      expect(res.code).to eq(method == :post ? '201' : '200')
    end
  end
end

RSpec.describe 'Faraday' do
  FAULTS.each do |name, (server, method, path)|
    it name do
      conn = faraday(fault(server))
      res = method == :post ? conn.post(path, JOB, 'Content-Type' => 'application/json') : conn.get(path)
      expect(res.status).to be_between(200, 299)
    end
  end
end

RSpec.describe 'suite' do
  it 'metadata has the sample rate' do
    meta = JSON.parse(net_http(fault('OK'), :get, '/metadata').body)
    expect(meta['sample_rate_hz']).to eq(2000)
  end

  it 'waiting for fibre, with the body in the message' do
    res = net_http(fault('NOFIBER'), :get, '/metadata')
    expect(res.code.to_i).to eq(200), "GET /metadata: #{res.code} #{res.body}"
  end
end
