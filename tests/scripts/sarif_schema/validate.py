#!/usr/bin/env python3
"""Validates samklang SARIF logs against the SARIF 2.1.0 JSON schema.

usage: validate.py SCHEMA LOG [RULE...]

Beyond the schema: every artifact URI is an RFC 3986 reference that
resolves to an existing file, every ruleIndex points at its ruleId, every
result has a fingerprint, and each RULE given has at least one result.
Prints one line per problem and exits 1 if there is any.
"""
import json
import os
import re
import sys
import urllib.parse

import jsonschema

# RFC 3986 path characters: unreserved, percent-encoded, sub-delims, ':' '@' '/'.
PATH = re.compile(r"^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})*$")


def uri_problems(uri, base):
    """What is wrong with an artifactLocation.uri (empty when nothing)."""
    if uri.startswith("file://"):
        path = uri[len("file://"):]
    else:
        if base is None:
            return ["relative uri %r without a %%SRCROOT%% base" % uri]
        first = uri.split("/", 1)[0]
        if ":" in first:
            return ["relative uri %r has ':' in its first segment" % uri]
        path = None
    body = uri[len("file://"):] if path is not None else uri
    if not PATH.match(body):
        return ["uri %r has characters RFC 3986 does not allow" % uri]
    if path is None:
        path = urllib.parse.urlparse(base).path + uri
    local = urllib.parse.unquote(path)
    if not os.path.isfile(local):
        return ["uri %r resolves to %r, which is not a file" % (uri, local)]
    return []


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip())
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(argv[2], encoding="utf-8") as f:
        log = json.load(f)
    wanted = set(argv[3:])
    problems = []

    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    for error in sorted(validator.iter_errors(log), key=lambda e: list(e.path)):
        where = "/".join(str(p) for p in error.absolute_path)
        problems.append("schema: at /%s: %s" % (where, error.message))

    for run in log.get("runs", []):
        base = run.get("originalUriBaseIds", {}).get("%SRCROOT%", {}).get("uri")
        if base is not None and not base.endswith("/"):
            problems.append("%%SRCROOT%% %r does not end with '/'" % base)
        rules = run["tool"]["driver"].get("rules", [])
        seen = set()
        for i, result in enumerate(run.get("results", [])):
            seen.add(result["ruleId"])
            index = result.get("ruleIndex")
            if index is None or rules[index]["id"] != result["ruleId"]:
                problems.append("result %d: ruleIndex %r is not rule %r" %
                                (i, index, result["ruleId"]))
            if not result.get("partialFingerprints", {}).get("samklangFingerprint/v1"):
                problems.append("result %d: no samklangFingerprint/v1" % i)
            places = result.get("locations", []) + result.get("relatedLocations", [])
            for place in places:
                artifact = place["physicalLocation"]["artifactLocation"]
                for p in uri_problems(artifact["uri"], base if artifact.get("uriBaseId") else None):
                    problems.append("result %d: %s" % (i, p))
        for rule in sorted(wanted - seen):
            problems.append("no result of rule %r" % rule)

    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
