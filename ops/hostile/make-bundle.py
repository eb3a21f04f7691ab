#!/usr/bin/env python3
"""Writes hostile bundle files for ops/hostile/run (format: Schemas/bundle-format.md)."""
import struct, sys, zlib

def frame(kind, body):
    head = struct.pack('<BI', kind, len(body))
    return head + body + struct.pack('<I', zlib.crc32(head + body) & 0xffffffff)

def manifest(sender=b'\x11' * 32):
    return frame(1, bytes([1]) + sender + struct.pack('<Q', 1763700000000) + struct.pack('<I', 0) + bytes([0]))

def chunk(author_hex, payload, kind=2):
    return frame(2, bytes([kind]) + author_hex.encode() + struct.pack('<QQ', 1, 1) + payload)

def end(count, total):
    return frame(3, struct.pack('<QQ', count, total) + bytes([0]))   # unsigned: refused as such if reached

PRE = b'DOSSBNDL' + bytes([2])
AUTHOR = 'ab' * 32
which, out = sys.argv[1], sys.argv[2]
if which == 'zipbomb':
    bomb = zlib.compress(b'\0' * (400 << 20), 9)          # 400 MiB of zeros in ~400 KB
    data = PRE + manifest() + chunk(AUTHOR, bomb) + end(1, len(bomb))
elif which == 'huge-claim':
    data = PRE + manifest() + struct.pack('<BI', 2, 0xFFFFFFF0) + b'x' * 64
elif which == 'path-name':
    data = PRE + manifest() + chunk('../../../../tmp/dossier-evil-' + 'x' * 35, b'abc') + end(1, 3)
elif which == 'truncated':
    data = (PRE + manifest() + chunk(AUTHOR, zlib.compress(b'hello')))[:-7]
else:
    sys.exit('unknown kind ' + which)
open(out, 'wb').write(data)
