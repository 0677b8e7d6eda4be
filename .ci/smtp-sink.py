#!/usr/bin/env python3
"""A minimal SMTP sink for the mail benchmark: accepts every message, keeps a count, writes the
count to the file named by the second argument on every message. Usage: smtp-sink.py PORT COUNT_FILE"""
import asyncio
import os
import socket
import sys

PORT, COUNT_FILE = int(sys.argv[1]), sys.argv[2]
received = 0


async def session(reader, writer):
    global received
    # Replies go out at once; Nagle's algorithm would hold each small reply for an ACK.
    writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    writer.write(b"220 sink ESMTP\r\n")
    while line := await reader.readline():
        command = line.upper()
        if command.startswith((b"EHLO", b"HELO")):
            writer.write(b"250-sink\r\n250 8BITMIME\r\n")
        elif command.startswith(b"DATA"):
            writer.write(b"354 go ahead\r\n")
            await writer.drain()
            while (data := await reader.readline()) not in (b".\r\n", b".\n", b""):
                pass
            received += 1
            # Written aside and renamed, so that a reader never sees a half-written number.
            with open(COUNT_FILE + ".new", "w") as out:
                out.write(str(received))
            os.replace(COUNT_FILE + ".new", COUNT_FILE)
            writer.write(b"250 queued\r\n")
        elif command.startswith(b"QUIT"):
            writer.write(b"221 bye\r\n")
            await writer.drain()
            break
        else:
            writer.write(b"250 ok\r\n")
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(session, "127.0.0.1", PORT)
    async with server:
        await server.serve_forever()


asyncio.run(main())
