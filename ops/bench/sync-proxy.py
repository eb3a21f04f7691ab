#!/usr/bin/env python3
"""Counting TCP relay for ops/bench/sync: listen on LISTEN, forward to TARGET, and append one
line per connection to LOG: "<bytes client→server> <bytes server→client>". Loopback only."""
import asyncio, sys

listen, target, log = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]

async def pump(reader, writer, counter, key):
    try:
        while True:
            data = await reader.read(1 << 16)
            if not data:
                break
            counter[key] += len(data)
            writer.write(data)
            await writer.drain()
    except (ConnectionResetError, BrokenPipeError):
        pass
    finally:
        try:
            writer.close()
        except Exception:
            pass

async def handle(client_reader, client_writer):
    server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target)
    counter = {"up": 0, "down": 0}
    await asyncio.gather(pump(client_reader, server_writer, counter, "up"), pump(server_reader, client_writer, counter, "down"))
    with open(log, "a") as f:
        f.write(f"{counter['up']} {counter['down']}\n")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", listen)
    async with server:
        await server.serve_forever()

asyncio.run(main())
