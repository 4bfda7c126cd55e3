"""End-to-end tests of `ssotlint server`, speaking raw JSON-RPC to the real binary.

    python3 scripts/lsp/test_server.py --ssotlint .build/release/ssotlint [-v]

Each test starts a server on a fresh temporary project (project.py) and covers one part
of the protocol: lifecycle and position encodings, document sync, pull and push
diagnostics, cross-file refreshes, code actions, hover, configuration reloads, and the
robustness cases (bad bodies, unknown methods, cancellation, a closed input)."""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lsp_client  # noqa: E402
import project  # noqa: E402
from lsp_client import uri  # noqa: E402

BINARY = None


def units(text, encoding):
    """Length of text in the units of a position encoding."""
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    if encoding == "utf-16":
        return len(text.encode("utf-16-le")) // 2
    return len(text)


def offset(text, position, encoding):
    """The string index of an LSP position in text."""
    lines = text.splitlines(keepends=True)
    index = sum(len(line) for line in lines[:position["line"]])
    line = lines[position["line"]] if position["line"] < len(lines) else ""
    count = 0
    for char in line:
        if count >= position["character"] or char in "\r\n":
            break
        count += units(char, encoding)
        index += 1
    return index


def apply_edits(text, edits, encoding):
    for edit in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]), reverse=True):
        start = offset(text, edit["range"]["start"], encoding)
        end = offset(text, edit["range"]["end"], encoding)
        text = text[:start] + edit["newText"] + text[end:]
    return text


class ServerTest(unittest.TestCase):
    encodings = None
    pull = True
    config = project.CONFIG

    def setUp(self):
        self.root = os.path.realpath(tempfile.mkdtemp(prefix="ssotlint-lsp-"))
        project.write(self.root, config=self.config)
        self.client = lsp_client.Client(BINARY, self.root)
        self.addCleanup(self.client.kill)
        self.addCleanup(shutil.rmtree, self.root, True)

    def start(self, **options):
        options.setdefault("encodings", self.encodings)
        options.setdefault("pull", self.pull)
        self.init = self.client.initialize(self.root, **options)
        return self.init

    def path(self, relative):
        return os.path.join(self.root, relative)

    def uri(self, relative):
        return uri(self.path(relative))

    def read(self, relative):
        with open(self.path(relative), encoding="utf-8", newline="") as handle:
            return handle.read()

    def pull_file(self, relative, previous=None):
        params = {"textDocument": {"uri": self.uri(relative)}}
        if previous:
            params["previousResultId"] = previous
        return self.client.request("textDocument/diagnostic", params)

    def codes(self, relative):
        return [d["code"] for d in self.pull_file(relative)["items"]]

    def change(self, relative, version, changes):
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": self.uri(relative), "version": version}, "contentChanges": changes})


class Lifecycle(ServerTest):
    def test_position_encoding_negotiated(self):
        for offered, expected in [(None, "utf-16"), (["utf-16"], "utf-16"), (["utf-16", "utf-8"], "utf-8"),
                                  (["utf-32", "utf-16"], "utf-32")]:
            client = lsp_client.Client(BINARY, self.root)
            self.addCleanup(client.kill)
            result = client.initialize(self.root, encodings=offered)
            self.assertEqual(result["capabilities"]["positionEncoding"], expected, offered)
            self.assertEqual(client.shutdown_and_exit(), 0)

    def test_capabilities_and_watcher_registration(self):
        capabilities = self.start()["capabilities"]
        self.assertEqual(capabilities["textDocumentSync"]["change"], 2)
        self.assertTrue(capabilities["diagnosticProvider"]["workspaceDiagnostics"])
        self.assertTrue(capabilities["diagnosticProvider"]["interFileDependencies"])
        self.assertIn("source.fixAll.ssotlint", capabilities["codeActionProvider"]["codeActionKinds"])
        self.assertTrue(capabilities["hoverProvider"])
        registration = self.client.wait(lambda: [r for r in self.client.server_requests
                                                 if r["method"] == "client/registerCapability"], what="registration")
        watchers = registration[0]["params"]["registrations"][0]["registerOptions"]["watchers"]
        self.assertIn({"globPattern": "**/*.py"}, watchers)

    def test_exit_codes(self):
        self.start()
        self.assertEqual(self.client.shutdown_and_exit(), 0)
        client = lsp_client.Client(BINARY, self.root)
        self.addCleanup(client.kill)
        client.initialize(self.root)
        client.notify("exit")
        self.assertEqual(client.process.wait(30), 1)

    def test_requests_after_shutdown_are_refused(self):
        self.start()
        self.client.request("shutdown")
        response = self.client.wait_response(self.client.request_async("textDocument/hover", {
            "textDocument": {"uri": self.uri("app/env.py")}, "position": {"line": 0, "character": 0}}))
        self.assertEqual(response["error"]["code"], -32600)


class Positions(ServerTest):
    def test_outside_the_basic_multilingual_plane(self):
        line = project.FILES["app/emoji.py"].splitlines()[1]
        prefix = line[:line.index("os.getenv")]
        for encoding in ["utf-16", "utf-8", "utf-32"]:
            client = lsp_client.Client(BINARY, self.root)
            self.addCleanup(client.kill)
            client.initialize(self.root, encodings=[encoding] if encoding != "utf-16" else None)
            report = client.request("textDocument/diagnostic", {"textDocument": {"uri": self.uri("app/emoji.py")}})
            (diagnostic,) = report["items"]
            self.assertEqual(diagnostic["range"]["start"], {"line": 1, "character": units(prefix, encoding)}, encoding)
            self.assertEqual(diagnostic["range"]["end"]["character"], units(prefix + "os.getenv", encoding), encoding)
            client.shutdown_and_exit()

    def test_incremental_edit_after_an_astral_character(self):
        for encoding in ["utf-16", "utf-8"]:
            client = lsp_client.Client(BINARY, self.root)
            self.addCleanup(client.kill)
            client.initialize(self.root, encodings=[encoding] if encoding != "utf-16" else None)
            text = project.FILES["app/emoji.py"]
            client.open(self.path("app/emoji.py"), text)
            line = text.splitlines()[1]
            start = units(line[:line.index("os.getenv")], encoding)
            end = units(line[:line.index(")") + 1], encoding)
            client.notify("textDocument/didChange", {
                "textDocument": {"uri": self.uri("app/emoji.py"), "version": 2},
                "contentChanges": [{"range": {"start": {"line": 1, "character": start},
                                              "end": {"line": 1, "character": end}}, "text": "1"}]})
            report = client.request("textDocument/diagnostic", {"textDocument": {"uri": self.uri("app/emoji.py")}})
            self.assertEqual(report["items"], [], encoding)
            # The buffer is exactly what the edit made: a new finding lands where the text says.
            client.notify("textDocument/didChange", {
                "textDocument": {"uri": self.uri("app/emoji.py"), "version": 3},
                "contentChanges": [{"range": {"start": {"line": 1, "character": start},
                                              "end": {"line": 1, "character": start + 1}}, "text": "os.environ"}]})
            report = client.request("textDocument/diagnostic", {"textDocument": {"uri": self.uri("app/emoji.py")}})
            self.assertEqual([d["range"]["start"]["character"] for d in report["items"]], [start], encoding)
            client.shutdown_and_exit()


class Documents(ServerTest):
    def test_incremental_and_full_changes(self):
        self.start()
        self.client.open(self.path("app/env.py"))
        self.assertEqual([d["range"]["start"]["line"] for d in self.pull_file("app/env.py")["items"]], [1])
        # Insert a line at the top: the finding moves down.
        self.change("app/env.py", 2, [{"range": {"start": {"line": 0, "character": 0},
                                                 "end": {"line": 0, "character": 0}}, "text": "x = 1\n"}])
        self.assertEqual([d["range"]["start"]["line"] for d in self.pull_file("app/env.py")["items"]], [2])
        # Two changes in one notification apply in order.
        self.change("app/env.py", 3, [
            {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 1, "character": 0}}, "text": ""},
            {"range": {"start": {"line": 1, "character": 7}, "end": {"line": 1, "character": 25}}, "text": '"home"'}])
        self.assertEqual(self.pull_file("app/env.py")["items"], [])
        # A full-text change.
        self.change("app/env.py", 4, [{"text": "import os\n\n\nos.getenv('A')\n"}])
        self.assertEqual([d["range"]["start"]["line"] for d in self.pull_file("app/env.py")["items"]], [3])
        # The file on disk was never touched; closing returns to it.
        self.assertEqual(self.read("app/env.py"), project.FILES["app/env.py"])
        self.client.notify("textDocument/didClose", {"textDocument": {"uri": self.uri("app/env.py")}})
        self.assertEqual([d["range"]["start"]["line"] for d in self.pull_file("app/env.py")["items"]], [1])

    def test_a_document_never_opened_is_read_from_disk(self):
        self.start()
        self.assertEqual(self.codes("app/env.py"), ["ENV001"])
        self.assertEqual(self.codes("app/clean.py"), [])

    def test_a_python_file_created_on_disk(self):
        self.start()
        with open(self.path("app/new.py"), "w") as handle:
            handle.write("import os\nos.environ\n")
        self.client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": self.uri("app/new.py"), "type": 1}]})
        report = self.client.request("workspace/diagnostic", {"previousResultIds": []})
        by_uri = {item["uri"]: item for item in report["items"]}
        self.assertEqual([d["code"] for d in by_uri[self.uri("app/new.py")]["items"]], ["ENV001"])
        os.remove(self.path("app/new.py"))
        self.client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": self.uri("app/new.py"), "type": 3}]})
        report = self.client.request("workspace/diagnostic", {"previousResultIds": []})
        self.assertNotIn(self.uri("app/new.py"), [item["uri"] for item in report["items"]])


class Diagnostics(ServerTest):
    def test_fields(self):
        self.start()
        (env,) = self.pull_file("app/env.py")["items"]
        self.assertEqual(env["code"], "ENV001")
        self.assertEqual(env["severity"], 1)
        self.assertEqual(env["source"], "ssotlint")
        self.assertEqual(env["codeDescription"], {"href": "https://example.com/rules/ENV001"})
        self.assertEqual(env["message"], "direct environment access through os.environ")
        self.assertEqual(env["range"], {"start": {"line": 1, "character": 7}, "end": {"line": 1, "character": 17}})
        (old,) = self.pull_file("app/old.py")["items"]
        self.assertEqual((old["code"], old["severity"], old["tags"]), ("DEP001", 2, [2]))
        (dup,) = self.pull_file("app/f1.py")["items"]
        self.assertEqual(dup["code"], "DUP001")
        (related,) = dup["relatedInformation"]
        self.assertEqual(related["location"]["uri"], self.uri("app/f2.py"))
        self.assertEqual(related["location"]["range"], {"start": {"line": 0, "character": 4},
                                                        "end": {"line": 0, "character": 15}})
        self.assertIn("make_client", related["message"])
        # The import and the call.
        ws, _ = self.pull_file("app/p3.py")["items"]
        self.assertEqual(ws["code"], "WS001")
        self.assertIn("canonical pattern: factory", ws["message"])
        self.assertEqual(self.pull_file("app/p1.py")["items"], [])

    def test_suppressed_and_baselined_findings_are_not_shown(self):
        subprocess.run([BINARY, "baseline", "app/env.py"], cwd=self.root, check=True, capture_output=True)
        self.start()
        self.assertEqual(self.codes("app/env.py"), [])
        self.assertEqual([d["range"]["start"]["line"] for d in self.pull_file("app/suppressed.py")["items"]], [2])

    def test_result_ids(self):
        self.start()
        first = self.pull_file("app/env.py")
        self.assertEqual(first["kind"], "full")
        again = self.pull_file("app/env.py", previous=first["resultId"])
        self.assertEqual((again["kind"], again["resultId"]), ("unchanged", first["resultId"]))
        workspace = self.client.request("workspace/diagnostic", {"previousResultIds": []})
        paths = sorted(item["uri"] for item in workspace["items"])
        self.assertEqual(paths, sorted(self.uri(p) for p in project.FILES))
        self.assertTrue(all(item["kind"] == "full" for item in workspace["items"]))
        previous = [{"uri": item["uri"], "value": item["resultId"]} for item in workspace["items"]]
        self.client.open(self.path("app/env.py"))
        self.change("app/env.py", 2, [{"text": "HOME = 1\n"}])
        workspace = self.client.request("workspace/diagnostic", {"previousResultIds": previous})
        kinds = {item["uri"]: item["kind"] for item in workspace["items"]}
        self.assertEqual(kinds.pop(self.uri("app/env.py")), "full")
        self.assertEqual(set(kinds.values()), {"unchanged"})
        versions = {item["uri"]: item["version"] for item in workspace["items"]}
        self.assertEqual(versions[self.uri("app/env.py")], 2)
        self.assertIsNone(versions[self.uri("app/f1.py")])

    def test_an_unsaved_buffer_changes_another_files_findings(self):
        self.start()
        self.client.open(self.path("app/f1.py"))
        self.assertEqual(self.codes("app/f1.py"), ["DUP001"])
        self.client.open(self.path("app/f2.py"))
        self.change("app/f2.py", 2, [{"range": {"start": {"line": 0, "character": 4},
                                                "end": {"line": 0, "character": 15}}, "text": "build_client"}])
        self.client.wait(lambda: [r for r in self.client.server_requests
                                  if r["method"] == "workspace/diagnostic/refresh"], what="a refresh request")
        self.assertEqual(self.codes("app/f1.py"), [])
        self.assertEqual(self.read("app/f2.py"), project.FILES["app/f2.py"])
        # Closing the buffer returns to the file on disk: the duplicate is back.
        self.client.notify("textDocument/didClose", {"textDocument": {"uri": self.uri("app/f2.py")}})
        self.assertEqual(self.codes("app/f1.py"), ["DUP001"])


class PushDiagnostics(ServerTest):
    pull = False

    def test_open_files_are_pushed_and_refreshed_when_a_majority_flips(self):
        self.start()
        self.client.open(self.path("app/p3.py"))
        first = self.client.wait_published(self.uri("app/p3.py"), 1)
        self.assertEqual([d["code"] for d in first["diagnostics"]], ["WS001", "WS001"])
        self.assertEqual(first["version"], 1)
        # p1 switches to the legacy pattern in an unsaved buffer: legacy now has two files.
        self.client.open(self.path("app/p1.py"))
        self.change("app/p1.py", 2, [{"text": "from ws.legacy import WebSocketManager\n\nWebSocketManager()\n"}])
        second = self.client.wait(lambda: [p for p in self.client.published(self.uri("app/p3.py"))
                                           if p["diagnostics"] == []], what="p3's diagnostics cleared")
        self.assertTrue(second)
        # Pushes go to open files only; closing one clears its diagnostics.
        self.assertEqual(self.client.published(self.uri("app/p2.py")), [])
        self.client.notify("textDocument/didClose", {"textDocument": {"uri": self.uri("app/p1.py")}})
        self.client.wait(lambda: [p for p in self.client.published(self.uri("app/p3.py"))
                                  if [d["code"] for d in p["diagnostics"]] == ["WS001", "WS001"]][1:], what="p3 reported again")


class CodeActions(ServerTest):
    def actions(self, relative, line, only=None):
        context = {"diagnostics": []}
        if only:
            context["only"] = only
        return self.client.request("textDocument/codeAction", {
            "textDocument": {"uri": self.uri(relative)},
            "range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 200}},
            "context": context})

    def test_quick_fix_is_the_same_rewrite_as_check_fix(self):
        self.start()
        actions = self.actions("app/old.py", 0)
        fix = [a for a in actions if a["title"].startswith("Fix DEP001")]
        self.assertEqual(len(fix), 1, actions)
        self.assertEqual(fix[0]["kind"], "quickfix")
        fixed = apply_edits(self.read("app/old.py"), fix[0]["edit"]["changes"][self.uri("app/old.py")], "utf-16")
        copy = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, copy, True)
        project.write(copy)
        subprocess.run([BINARY, "check", "--fix", "--select", "DEP001", "--no-cache"], cwd=copy, capture_output=True)
        with open(os.path.join(copy, "app/old.py"), encoding="utf-8") as handle:
            self.assertEqual(fixed, handle.read())
        self.assertEqual(fixed, "from shared.config import settings\n\nprint(settings)\n")
        fix_all = self.actions("app/old.py", 2, only=["source.fixAll.ssotlint"])
        self.assertEqual([a["kind"] for a in fix_all], ["source.fixAll.ssotlint"])
        self.assertEqual(apply_edits(self.read("app/old.py"), fix_all[0]["edit"]["changes"][self.uri("app/old.py")],
                                     "utf-16"), fixed)
        self.assertEqual(self.actions("app/old.py", 0, only=["source.fixAll"])[0]["kind"], "source.fixAll.ssotlint")
        self.assertEqual(self.actions("app/env.py", 1, only=["source.fixAll.ssotlint"]), [])

    def test_suppress_on_this_line(self):
        self.start()
        (action,) = [a for a in self.actions("app/env.py", 1) if a["title"] == "Suppress ENV001 on this line"]
        text = apply_edits(self.read("app/env.py"), action["edit"]["changes"][self.uri("app/env.py")], "utf-16")
        self.assertEqual(text, 'import os\nHOME = os.environ["HOME"]  # ssotlint: ignore[ENV001]\n')
        self.client.open(self.path("app/env.py"))
        self.change("app/env.py", 2, [{"text": text}])
        self.assertEqual(self.codes("app/env.py"), [])
        # A line whose directive names another rule: the id joins its brackets, the reason stays.
        (action,) = [a for a in self.actions("app/suppressed.py", 2) if a["title"].startswith("Suppress")]
        text = apply_edits(self.read("app/suppressed.py"), action["edit"]["changes"][self.uri("app/suppressed.py")],
                           "utf-16")
        self.assertEqual(text.splitlines()[2], 'b = os.getenv("B")  # ssotlint: ignore[DUP001, ENV001] -- kept')

    def test_hover_explains_the_rule(self):
        self.start()
        hover = self.client.request("textDocument/hover", {"textDocument": {"uri": self.uri("app/env.py")},
                                                          "position": {"line": 1, "character": 10}})
        self.assertTrue(hover["contents"]["value"].startswith("ENV001 (banned-api, error)"), hover)
        line = project.FILES["app/suppressed.py"].splitlines()[2]
        hover = self.client.request("textDocument/hover", {"textDocument": {"uri": self.uri("app/suppressed.py")},
                                                          "position": {"line": 2, "character": line.index("DUP001") + 2}})
        self.assertTrue(hover["contents"]["value"].startswith("DUP001 (duplicate-definition, error)"), hover)
        self.assertIsNone(self.client.request("textDocument/hover", {"textDocument": {"uri": self.uri("app/clean.py")},
                                                                    "position": {"line": 0, "character": 1}}))


class RequireReason(ServerTest):
    config = project.CONFIG + "suppressions: {require-reason: true}\n"

    def test_suppression_leaves_a_reason_to_write(self):
        self.start()
        actions = self.client.request("textDocument/codeAction", {
            "textDocument": {"uri": self.uri("app/env.py")},
            "range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 30}}, "context": {}})
        (action,) = [a for a in actions if a["title"].startswith("Suppress")]
        text = apply_edits(self.read("app/env.py"), action["edit"]["changes"][self.uri("app/env.py")], "utf-16")
        self.assertEqual(text.splitlines()[1], 'HOME = os.environ["HOME"]  # ssotlint: ignore[ENV001] -- reason')


class Configuration(ServerTest):
    def rewrite_config(self, text):
        with open(self.path(".ssotlint.yml"), "w") as handle:
            handle.write(text)

    def test_reload_on_watched_change_and_on_save(self):
        self.start()
        self.assertEqual(self.pull_file("app/env.py")["items"][0]["severity"], 1)
        self.rewrite_config(project.CONFIG + "overrides:\n  ENV001: { severity: warning }\n")
        self.client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": self.uri(".ssotlint.yml"), "type": 2}]})
        self.assertEqual(self.pull_file("app/env.py")["items"][0]["severity"], 2)
        self.rewrite_config(project.CONFIG + "overrides:\n  ENV001: { severity: info }\n")
        self.client.notify("textDocument/didSave", {"textDocument": {"uri": self.uri(".ssotlint.yml")}})
        self.assertEqual(self.pull_file("app/env.py")["items"][0]["severity"], 3)

    def test_reload_when_a_rule_pack_changes(self):
        os.makedirs(self.path("packs"))
        pack = "rules:\n  - id: TODO1\n    kind: regex\n    severity: warning\n    message: \"{match}\"\n" \
               "    pattern: 'HOME'\n    in: strings\n"
        with open(self.path("packs/team.yml"), "w") as handle:
            handle.write(pack)
        self.rewrite_config("version: 1\nrules:\n  - packs/team.yml\n")
        self.start()
        self.assertEqual(self.codes("app/env.py"), ["TODO1"])
        with open(self.path("packs/team.yml"), "w") as handle:
            handle.write(pack.replace("severity: warning", "severity: error").replace("'HOME'", "'environ'"))
        self.client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": self.uri("packs/team.yml"), "type": 2}]})
        self.assertEqual(self.codes("app/env.py"), [])
        with open(self.path("packs/team.yml"), "w") as handle:
            handle.write(pack.replace("in: strings", "in: code"))
        self.client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": self.uri("packs/team.yml"), "type": 2}]})
        self.assertEqual(self.codes("app/env.py"), ["TODO1"])

    def test_an_invalid_configuration_is_shown_and_the_last_valid_one_kept(self):
        self.start()
        self.rewrite_config(project.CONFIG + "treshold: 3\n")
        self.client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": self.uri(".ssotlint.yml"), "type": 2}]})
        published = self.client.wait_published(self.uri(".ssotlint.yml"), 1)
        (diagnostic,) = published["diagnostics"]
        line = len(project.CONFIG.splitlines())
        self.assertEqual(diagnostic["range"]["start"], {"line": line, "character": 0})
        self.assertIn("treshold", diagnostic["message"])
        self.assertEqual(diagnostic["severity"], 1)
        shown = self.client.wait(lambda: [n for n in self.client.notifications if n["method"] == "window/showMessage"],
                                 what="showMessage")
        self.assertIn("treshold", shown[0]["params"]["message"])
        self.assertEqual(self.codes("app/env.py"), ["ENV001"])
        self.rewrite_config(project.CONFIG)
        self.client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": self.uri(".ssotlint.yml"), "type": 2}]})
        cleared = self.client.wait_published(self.uri(".ssotlint.yml"), 2)
        self.assertEqual(cleared["diagnostics"], [])

    def test_an_invalid_configuration_at_start(self):
        self.rewrite_config("version: 1\nrules:\n  - id: X\n    kind: nope\n")
        self.start()
        published = self.client.wait_published(self.uri(".ssotlint.yml"), 1)
        self.assertEqual(published["diagnostics"][0]["range"]["start"]["line"], 3)
        self.assertEqual(self.codes("app/env.py"), [])
        self.rewrite_config(project.CONFIG)
        self.client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": self.uri(".ssotlint.yml"), "type": 2}]})
        self.assertEqual(self.codes("app/env.py"), ["ENV001"])


class Robustness(ServerTest):
    def assertAlive(self):
        self.assertEqual(self.codes("app/env.py"), ["ENV001"])

    def test_a_body_that_is_not_json(self):
        self.start()
        self.client.write_raw(self.client.frame(b'{"jsonrpc": "2.0", "id": 99, "method": '))
        self.client.write_raw(self.client.frame(b"\xff\xfe not json"))
        errors = self.client.wait(lambda: len([r for r in self.client.all_responses if "error" in r]) >= 2 and
                                  [r for r in self.client.all_responses if "error" in r], what="two parse errors")
        self.assertEqual([(e["id"], e["error"]["code"]) for e in errors], [(None, -32700), (None, -32700)])
        self.assertAlive()

    def test_a_message_that_is_not_a_request(self):
        self.start()
        self.client.write_raw(self.client.frame(b"[1, 2]"))
        self.client.write_raw(self.client.frame(b'{"jsonrpc": "2.0", "params": {}}'))
        self.client.wait(lambda: self.client.responses.get(None), what="an invalid request error")
        self.assertEqual(self.client.responses[None]["error"]["code"], -32600)
        self.assertAlive()

    def test_a_header_without_content_length(self):
        self.start()
        self.client.write_raw(b"Content-Type: application/vscode-jsonrpc\r\n\r\n")
        self.assertAlive()

    def test_unknown_request_and_notification(self):
        self.start()
        response = self.client.wait_response(self.client.request_async("ssotlint/nothing", {}))
        self.assertEqual(response["error"]["code"], -32601)
        self.client.notify("ssotlint/unknownNotification", {"x": 1})
        self.client.notify("$/setTrace", {"value": "off"})
        self.assertAlive()

    def test_invalid_params(self):
        self.start()
        response = self.client.wait_response(self.client.request_async("textDocument/hover", {"textDocument": 3}))
        self.assertEqual(response["error"]["code"], -32602)
        self.client.notify("textDocument/didOpen", {"textDocument": "no"})
        self.assertAlive()

    def test_request_before_initialize(self):
        response = self.client.wait_response(self.client.request_async("textDocument/hover", {}))
        self.assertEqual(response["error"]["code"], -32002)
        self.start()
        self.assertAlive()

    def test_cancelled_request(self):
        self.start()
        request_id = self.client.next_id
        self.client.next_id += 1
        # The request and its cancellation in one write, as a client cancelling at once sends them.
        self.client.write_raw(
            self.client.frame(json.dumps({"jsonrpc": "2.0", "id": request_id, "method": "workspace/diagnostic",
                                          "params": {"previousResultIds": []}}).encode())
            + self.client.frame(json.dumps({"jsonrpc": "2.0", "method": "$/cancelRequest",
                                            "params": {"id": request_id}}).encode()))
        response = self.client.wait_response(request_id)
        self.assertEqual(response["error"]["code"], -32800)
        self.assertAlive()

    def test_closed_input_ends_the_server(self):
        self.start()
        self.client.process.stdin.close()
        self.assertEqual(self.client.process.wait(30), 1)
        self.assertNotIn(b"Fatal", self.client.stderr)

    def test_nothing_but_protocol_on_standard_output(self):
        self.start()
        self.client.open(self.path("app/env.py"))
        self.assertAlive()
        self.client.shutdown_and_exit()
        # The reader parsed every byte of standard output as frames (it would have failed otherwise).
        self.assertTrue(self.client.closed or self.client.process.poll() is not None)


def main():
    global BINARY
    parser = argparse.ArgumentParser()
    parser.add_argument("--ssotlint", required=True)
    args, rest = parser.parse_known_args()
    BINARY = os.path.abspath(args.ssotlint)
    unittest.main(argv=[sys.argv[0]] + rest)


if __name__ == "__main__":
    main()
