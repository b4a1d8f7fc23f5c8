#!/usr/bin/env python3
"""Reads one RFC 5322 message on standard input with Python's own e-mail parser and prints
what it found as JSON, so that the tests judge our MIME output by an independent reader."""
import email
import email.policy
import json
import sys

raw = sys.stdin.buffer.read()
message = email.message_from_bytes(raw, policy=email.policy.default)
result = {
    "headers": {name.lower(): str(value) for name, value in message.items()},
    "from_addresses": [],
    "to_addresses": [],
    "content_type": message.get_content_type(),
    "is_multipart": message.is_multipart(),
    "defects": [str(d) for d in message.defects],
    "parts": [],
    "max_line_length": max(len(line) for line in raw.split(b"\r\n")),
    "bare_lf": b"\n" in raw.replace(b"\r\n", b""),
    "ascii_only": all(b < 128 for b in raw),
}
for key, field in (("from_addresses", "from"), ("to_addresses", "to")):
    header = message[field]
    if header is not None:
        result[key] = [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses]
for part in message.walk():
    if part.is_multipart():
        continue
    result["defects"] += [str(d) for d in part.defects]
    result["parts"].append({
        "content_type": part.get_content_type(),
        "charset": part.get_content_charset(),
        "transfer_encoding": part.get("Content-Transfer-Encoding", ""),
        # MIME text has CRLF line ends; compare with what the program wrote.
        "content": part.get_content().replace("\r\n", "\n"),
    })
json.dump(result, sys.stdout)
