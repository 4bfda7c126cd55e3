"""A small Language Server Protocol client for testing `ssotlint server`: it starts the
server, frames JSON-RPC messages with Content-Length headers, and keeps the
notifications and server requests it receives for the tests to look at."""

import json
import os
import queue
import subprocess
import threading
import time


class ServerError(Exception):
    pass


class Client:
    def __init__(self, binary, cwd, env=None):
        self.process = subprocess.Popen(
            [binary, "server"], cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, env=env)
        self.next_id = 1
        self.responses = {}
        self.all_responses = []
        self.notifications = []
        self.server_requests = []
        self.condition = threading.Condition()
        self.closed = False
        self.stderr = b""
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    # -- framing -----------------------------------------------------------------
    @staticmethod
    def frame(body):
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    def write_raw(self, data):
        try:
            self.process.stdin.write(data)
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError):
            pass  # the test closed the server's input, or the server ended

    def _read(self):
        stream = self.process.stdout
        while True:
            headers = {}
            line = stream.readline()
            if not line:
                break
            while line not in (b"\r\n", b""):
                name, _, value = line.decode().partition(":")
                headers[name.strip().lower()] = value.strip()
                line = stream.readline()
            length = int(headers["content-length"])
            body = stream.read(length)
            message = json.loads(body)
            with self.condition:
                if "method" in message and "id" in message:
                    self.server_requests.append(message)
                    # Answer the server's requests (registration, refresh) as a client does.
                    self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                elif "method" in message:
                    self.notifications.append(message)
                else:
                    self.responses[message.get("id")] = message
                    self.all_responses.append(message)
                self.condition.notify_all()
        with self.condition:
            self.closed = True
            self.condition.notify_all()

    def _read_stderr(self):
        for line in self.process.stderr:
            self.stderr += line

    # -- messages ----------------------------------------------------------------
    def send(self, message):
        self.write_raw(self.frame(json.dumps(message).encode()))

    def request_async(self, method, params=None):
        request_id = self.next_id
        self.next_id += 1
        message = {"jsonrpc": "2.0", "id": request_id, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return request_id

    def wait_response(self, request_id, timeout=30):
        return self.wait(lambda: self.responses.get(request_id), timeout, "response to %r" % request_id)

    def request(self, method, params=None, timeout=30):
        response = self.wait_response(self.request_async(method, params), timeout)
        if "error" in response:
            raise ServerError(response["error"])
        return response["result"]

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def wait(self, predicate, timeout=30, what="a condition"):
        deadline = time.monotonic() + timeout
        with self.condition:
            while True:
                value = predicate()
                if value:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self.closed and not predicate():
                    if self.closed:
                        raise AssertionError("the server closed its output while waiting for %s; stderr: %s"
                                             % (what, self.stderr.decode(errors="replace")))
                    raise AssertionError("timed out waiting for %s" % what)
                self.condition.wait(remaining)

    def published(self, uri):
        """Every publishDiagnostics notification for uri, oldest first."""
        with self.condition:
            return [n["params"] for n in self.notifications
                    if n["method"] == "textDocument/publishDiagnostics" and n["params"]["uri"] == uri]

    def wait_published(self, uri, count, timeout=30):
        return self.wait(lambda: len(self.published(uri)) >= count and self.published(uri)[count - 1],
                         timeout, "publishDiagnostics #%d for %s" % (count, uri))

    # -- lifecycle ---------------------------------------------------------------
    def initialize(self, root, encodings=None, pull=True, refresh=True, watch=True):
        capabilities = {"general": {}, "textDocument": {"publishDiagnostics": {}}, "workspace": {}}
        if encodings is not None:
            capabilities["general"]["positionEncodings"] = encodings
        if pull:
            capabilities["textDocument"]["diagnostic"] = {"dynamicRegistration": False}
            capabilities["workspace"]["diagnostics"] = {"refreshSupport": refresh}
        if watch:
            capabilities["workspace"]["didChangeWatchedFiles"] = {"dynamicRegistration": True}
        result = self.request("initialize", {"processId": os.getpid(), "rootUri": uri(root),
                                             "capabilities": capabilities})
        self.notify("initialized", {})
        return result

    def shutdown_and_exit(self, timeout=30):
        self.request("shutdown")
        self.notify("exit")
        return self.process.wait(timeout)

    def open(self, path, text=None, version=1):
        if text is None:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri(path), "languageId": "python", "version": version, "text": text}})

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            try:
                stream.close()
            except (BrokenPipeError, ValueError, OSError):
                pass


def uri(path):
    from pathlib import Path
    return Path(os.path.abspath(path)).as_uri()
