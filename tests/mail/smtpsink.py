#!/usr/bin/env python3
"""A local SMTP sink for the mail tests, on Debian's aiosmtpd.

Stores every message it accepts as <folder>/<n>.eml (the raw bytes as received) with
<n>.json beside it (envelope sender and recipients), prints "listening on 127.0.0.1:PORT"
once it accepts connections, and stops on SIGTERM or when its standard input closes (so it
never outlives the test that started it).
"""
import argparse
import asyncio
import json
import os
import signal
import sys
import time

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Store:
    def __init__(self, folder, reject_prefix):
        self.folder = folder
        self.reject_prefix = reject_prefix
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.reject_prefix and address.startswith(self.reject_prefix):
            return "550 5.1.1 <%s>: Recipient address rejected: no such user" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.folder, "%d-%06d" % (time.time_ns(), self.count))
        with open(base + ".json.tmp", "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}, f)
        os.rename(base + ".json.tmp", base + ".json")
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content)
        # The .eml appears last and whole: a reader that sees it sees everything.
        os.rename(base + ".eml.tmp", base + ".eml")
        return "250 2.0.0 Ok: queued as %d" % self.count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--folder", required=True)
    parser.add_argument("--auth", default="", help="user:password that must log in")
    parser.add_argument("--reject-prefix", default="")
    args = parser.parse_args()

    options = {"hostname": "sink.localhost", "auth_require_tls": False}
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword)
                  and auth_data.login == user.encode()
                  and auth_data.password == password.encode())
            return AuthResult(success=ok, handled=False)

        options.update(authenticator=authenticator, auth_required=True)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    handler = Store(args.folder, args.reject_prefix)
    server = loop.run_until_complete(loop.create_server(
        lambda: SMTP(handler, loop=loop, **options), host="127.0.0.1", port=args.port))
    port = server.sockets[0].getsockname()[1]
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    loop.add_signal_handler(signal.SIGINT, loop.stop)

    def stdin_readable():
        if not os.read(sys.stdin.fileno(), 4096):
            loop.stop()

    loop.add_reader(sys.stdin.fileno(), stdin_readable)
    print("listening on 127.0.0.1:%d" % port, flush=True)
    try:
        loop.run_forever()
    finally:
        server.close()


if __name__ == "__main__":
    main()
