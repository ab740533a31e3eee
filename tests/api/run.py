#!/usr/bin/env python3
"""The JSON API as a client reading its OpenAPI document sees it.

Starts the server on a fresh SQLite database with the demo data and an
agency's API token, runs Schemathesis over every operation of
/api/openapi.json with every check, and fails when any check fails or any
operation was not reached: never requested, or, for an operation that
needs the token, never answered otherwise than 401 or 403. The server is stopped whatever happens.

Usage: run.py PERSEPSI_BINARY SCHEMATHESIS_BINARY
Environment: API_MAX_EXAMPLES (examples per operation, default 25), API_SEED
(default 1).
"""

import json
import re
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
AGENCY = "kab-klungkung"
# Schemathesis sends many submissions from one address and one client: the
# limits are raised so that it meets the handlers, not the rate limiter.
LIMITS = {
    "PERSEPSI_LIMIT_SUBMIT_CLIENT": "100000/60",
    "PERSEPSI_LIMIT_SUBMIT_DEVICE": "100000/60",
    "PERSEPSI_LIMIT_SUBMIT_NETWORK": "100000/60",
    "PERSEPSI_LIMIT_SUBMIT_SURVEY": "100000/60",
    "PERSEPSI_LIMIT_FORM_NETWORK": "100000/60",
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(base, server, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if server.poll() is not None:
            sys.exit(f"the server stopped with status {server.returncode}")
        try:
            with urllib.request.urlopen(f"{base}/readyz", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    sys.exit("the server did not answer /readyz in time")


def document(base):
    with urllib.request.urlopen(f"{base}/api/openapi.json") as r:
        return json.load(r)


def secured(doc):
    """Operations of the document, each with whether it needs the token."""
    out = {}
    for path, item in doc["paths"].items():
        for method, op in item.items():
            out[(method.upper(), path)] = bool(op.get("security"))
    return out


def path_regex(template):
    parts = re.split(r"(\{[^}]+\})", template)
    return re.compile("^" + "".join(
        "[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$")


def statuses(report_dir):
    """(method, path, status) of every exchange in the HAR report."""
    seen = []
    for name in os.listdir(report_dir):
        if name.startswith("har"):
            with open(os.path.join(report_dir, name)) as f:
                for e in json.load(f)["log"]["entries"]:
                    url = urllib.parse.urlsplit(e["request"]["url"])
                    seen.append((e["request"]["method"].upper(),
                                 urllib.parse.unquote(url.path),
                                 e["response"]["status"]))
    return seen


def unreached(ops, seen):
    """Operations never answered, or (with a token) only ever refused it."""
    out = []
    for (method, path), needs_token in sorted(ops.items()):
        rx = path_regex(path)
        got = [s for m, p, s in seen if m == method and rx.match(p)]
        if not got:
            out.append(f"{method} {path}: never requested")
        elif needs_token and all(s in (401, 403) for s in got):
            out.append(f"{method} {path}: the token was always refused")
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, schemathesis = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp(prefix="persepsi-api-")
    env = dict(os.environ, **LIMITS)
    env["DATABASE_URL"] = f"sqlite://{work}/api.db"
    env["PERSEPSI_SECRET"] = "schemathesis-" + "x" * 32
    env.setdefault("RUST_LOG", "warn")
    subprocess.run([binary, "demo", "--responses", "5"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    token = subprocess.run(
        [binary, "api-token", "--agency", AGENCY, "--name", "schemathesis"],
        env=env, check=True, capture_output=True, text=True,
    ).stdout.strip()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(os.path.join(work, "server.log"), "w")
    server = subprocess.Popen([binary, "serve", "--addr", f"127.0.0.1:{port}"],
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_healthy(base, server)
        ops = secured(document(base))
        reports = os.path.join(work, "reports")
        examples = os.environ.get("API_MAX_EXAMPLES", "25")
        run = subprocess.run([
            schemathesis, "--config-file", os.path.join(HERE, "schemathesis.toml"),
            "run", f"{base}/api/openapi.json",
            "--checks", "all",
            "--header", f"Authorization: Bearer {token}",
            "--max-examples", examples,
            "--workers", "2",
            "--seed", os.environ.get("API_SEED", "1"),
            "--report", "har", "--report-dir", reports,
        ], cwd=work)  # its caches stay out of the repository
        problems = []
        if run.returncode != 0:
            problems.append(f"Schemathesis failed (status {run.returncode})")
        problems += unreached(ops, statuses(reports))
        if problems:
            sys.exit("API check failed:\n  " + "\n  ".join(problems))
        print(f"API check: {len(ops)} operations reached, every check passed")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
