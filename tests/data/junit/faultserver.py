#!/usr/bin/python3
"""The faults fathom-sim does not make, on 127.0.0.1, for the corpus generators (with-faults).

  faultserver.py status CODE BODY     answers every request with CODE and the JSON BODY
  faultserver.py close                reads the request, closes without a word
  faultserver.py tls CERT KEY         answers 200 over TLS with CERT (the client does not trust it)
  faultserver.py nxdomain             a DNS server on 127.0.0.1:53 that answers every name NXDOMAIN

Prints "listening on URL" first. Standard library only (Debian's python3).
"""
import http.server
import socket
import socketserver
import ssl
import sys


class Handler(http.server.BaseHTTPRequestHandler):
    mode = "status"
    code = 200
    body = b"{}"

    def log_message(self, *args):
        pass

    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.mode == "close":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(self.code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_GET = do_POST = do_PUT = do_DELETE = answer


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def serve_http(scheme, wrap=None):
    server = Server(("127.0.0.1", 0), Handler)
    if wrap:
        server.socket = wrap(server.socket)
    print(f"listening on {scheme}://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()


def serve_nxdomain():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 53))
    print("listening on dns://127.0.0.1:53", flush=True)
    while True:
        query, peer = s.recvfrom(4096)
        if len(query) < 12:
            continue
        # The first question echoed back, with QR, RD, RA and RCODE 3 (name error), nothing else.
        end = 12
        while end < len(query) and query[end] != 0:
            end += 1 + query[end]
        end += 5  # the root label, QTYPE, QCLASS
        if end > len(query):
            continue
        flags = 0x8000 | (query[2] & 0x01) << 8 | 0x0080 | 3
        reply = query[:2] + flags.to_bytes(2, "big") + b"\0\1\0\0\0\0\0\0" + query[12:end]
        s.sendto(reply, peer)


def main(argv):
    mode = argv[1] if len(argv) > 1 else ""
    if mode == "status" and len(argv) == 4:
        Handler.mode, Handler.code, Handler.body = "status", int(argv[2]), argv[3].encode()
        serve_http("http")
    elif mode == "close":
        Handler.mode = "close"
        serve_http("http")
    elif mode == "tls" and len(argv) == 4:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(argv[2], argv[3])
        serve_http("https", lambda sock: context.wrap_socket(sock, server_side=True))
    elif mode == "nxdomain":
        serve_nxdomain()
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
