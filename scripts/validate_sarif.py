#!/usr/bin/env python3
"""Validate a SARIF log written by `ssotlint check --format sarif:FILE`.

Checks the file against the SARIF 2.1.0 JSON schema (default: the copy at
<repo>/../shared/schemas/sarif-schema-2.1.0.json) with the `jsonschema` package, then
what GitHub code scanning relies on beyond the schema: every result's ruleId and
ruleIndex name a rule of the driver, locations use a declared uriBaseId, regions have
start and end lines and columns, the run says columnKind unicodeCodePoints, and every
result has a primaryLocationLineHash.

Usage: validate_sarif.py [--schema PATH] FILE.sarif [FILE.sarif ...]
Prints one line per problem and exits 1 if there is any, 2 on a usage error.
"""
import argparse
import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SCHEMA = os.path.join(REPO, "..", "shared", "schemas", "sarif-schema-2.1.0.json")


def location_of(path):
    return "/" + "/".join(str(part) for part in path)


ROOT_KEYWORDS = ("$ref", "type", "properties", "required", "allOf", "anyOf", "oneOf")


def root_schema(schema):
    """The schema to validate a whole log against.

    Some copies of the SARIF schema keep the log's own schema under definitions/Root and
    nothing at the top, so the file as it is would accept any JSON at all; point at Root
    then. Returns None when neither the top nor definitions/Root constrains anything.
    """
    if any(keyword in schema for keyword in ROOT_KEYWORDS):
        return schema
    if "Root" in schema.get("definitions", {}):
        return dict(schema, **{"$ref": "#/definitions/Root"})
    return None


def schema_problems(log, schema, validator_class):
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda error: list(map(str, error.absolute_path)))
    return [f"{location_of(error.absolute_path)}: {error.message}" for error in errors]


def github_problems(log):
    problems = []
    for run_index, run in enumerate(log.get("runs", [])):
        where = f"/runs/{run_index}"
        if run.get("columnKind") != "unicodeCodePoints":
            problems.append(f"{where}/columnKind: expected 'unicodeCodePoints'")
        base_ids = run.get("originalUriBaseIds", {})
        for name, base in base_ids.items():
            uri = base.get("uri", "")
            if not (uri.startswith("file:///") and uri.endswith("/")):
                problems.append(f"{where}/originalUriBaseIds/{name}: expected a file URI ending in '/', got {uri!r}")
        rules = run.get("tool", {}).get("driver", {}).get("rules", [])
        ids = [rule.get("id") for rule in rules]
        if len(set(ids)) != len(ids):
            problems.append(f"{where}/tool/driver/rules: duplicate rule ids")
        for rule_index, rule in enumerate(rules):
            for key in ("name", "shortDescription", "fullDescription", "help", "defaultConfiguration"):
                if key not in rule:
                    problems.append(f"{where}/tool/driver/rules/{rule_index}: missing {key}")
        for result_index, result in enumerate(run.get("results", [])):
            here = f"{where}/results/{result_index}"
            rule_id, rule_index = result.get("ruleId"), result.get("ruleIndex")
            if rule_id not in ids:
                problems.append(f"{here}/ruleId: {rule_id!r} is not a rule of the driver")
            elif rule_index is None or rule_index >= len(ids) or ids[rule_index] != rule_id:
                problems.append(f"{here}/ruleIndex: {rule_index} does not point at {rule_id!r}")
            if "primaryLocationLineHash" not in result.get("partialFingerprints", {}):
                problems.append(f"{here}/partialFingerprints: missing primaryLocationLineHash")
            for location_index, location in enumerate(result.get("locations", [])):
                physical = location.get("physicalLocation", {})
                artifact = physical.get("artifactLocation", {})
                spot = f"{here}/locations/{location_index}/physicalLocation"
                if artifact.get("uriBaseId") not in base_ids:
                    problems.append(f"{spot}/artifactLocation/uriBaseId: {artifact.get('uriBaseId')!r} is not declared")
                if " " in artifact.get("uri", ""):
                    problems.append(f"{spot}/artifactLocation/uri: not percent-encoded")
                region = physical.get("region", {})
                for key in ("startLine", "startColumn", "endLine", "endColumn"):
                    if key not in region:
                        problems.append(f"{spot}/region: missing {key}")
    return problems


def main():
    parser = argparse.ArgumentParser(description="Validate SARIF 2.1.0 logs written by ssotlint.")
    parser.add_argument("--schema", default=DEFAULT_SCHEMA, help="the SARIF 2.1.0 JSON schema (default: %(default)s)")
    parser.add_argument("files", nargs="+", metavar="FILE.sarif")
    arguments = parser.parse_args()
    try:
        import jsonschema
    except ImportError:
        print("validate_sarif.py needs the jsonschema package: python3 -m pip install jsonschema", file=sys.stderr)
        return 2
    try:
        with open(arguments.schema, encoding="utf-8") as handle:
            schema = json.load(handle)
    except (OSError, ValueError) as error:
        print(f"cannot read the schema {arguments.schema}: {error}", file=sys.stderr)
        return 2
    schema = root_schema(schema)
    validator_class = jsonschema.validators.validator_for(schema or {}, default=jsonschema.Draft7Validator)
    # A schema that accepts an empty object would pass anything: refuse to report "valid".
    if schema is None or not any(True for _ in validator_class(schema).iter_errors({})):
        print(f"the schema {arguments.schema} does not constrain a SARIF log (it accepts {{}})", file=sys.stderr)
        return 2

    failed = False
    for path in arguments.files:
        try:
            with open(path, encoding="utf-8") as handle:
                log = json.load(handle)
        except (OSError, ValueError) as error:
            print(f"{path}: cannot read: {error}")
            failed = True
            continue
        problems = schema_problems(log, schema, validator_class) + github_problems(log)
        for problem in problems:
            print(f"{path}: {problem}")
        results = sum(len(run.get("results", [])) for run in log.get("runs", []))
        verdict = "invalid" if problems else "valid"
        print(f"{path}: {verdict} SARIF 2.1.0 ({results} results, {len(problems)} problems)")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
