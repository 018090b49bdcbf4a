"""What a process tree tries on the network, read from strace: every connect() to, and every
send on a socket or to an address of, an IPv4/IPv6 address other than loopback.

``strace -f -yy`` names each socket with its peer (``<UDP:[10.0.0.2:41000->10.255.255.53:53]>``)
and prints each address a call is given (``inet_addr("8.8.8.8")``, ``inet_pton(AF_INET6, …)``),
so a DNS query, a TCP connection and a UDP "routing probe" (a connect that sends nothing) all
show up; Unix sockets, netlink and loopback are the process talking to itself or the kernel.
"""

from __future__ import annotations

import ipaddress
import re
import shutil
import subprocess
from pathlib import Path

#: the calls that reach for an address
SYSCALLS = "connect,sendto,sendmsg,sendmmsg"
_CALL = re.compile(r"^\d+\s+(?:connect|sendto|sendmsg|sendmmsg)\(")
_ADDRESS = re.compile(r'inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6?, "([^"]+)"')
_PEER = re.compile(r"<(?:TCP|UDP)(?:v6)?:\[.*?->\[?([0-9A-Fa-f.:]+?)\]?:\d+\]>")


def strace_prefix(trace: Path) -> list[str]:
    """The command line that runs a command under strace, writing the calls to ``trace``."""
    return ["strace", "-f", "-yy", "--seccomp-bpf", "-e", f"trace={SYSCALLS}", "-o", str(trace)]


def outside_attempts(trace_text: str) -> list[str]:
    """The trace's lines that reach for an address other than loopback (or the unspecified
    address a socket is disconnected with)."""
    found = []
    for line in trace_text.splitlines():
        if not _CALL.match(line):
            continue
        for address in [a or b for a, b in _ADDRESS.findall(line)] + _PEER.findall(line):
            try:
                ip = ipaddress.ip_address(address)
            except ValueError:
                continue
            if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
                ip = ip.ipv4_mapped
            if not (ip.is_loopback or ip.is_unspecified):
                found.append(line[:240])
                break
    return found


def strace_missing() -> str | None:
    """Why a process cannot be traced here, or None."""
    if shutil.which("strace") is None:
        return "strace is missing (`make test` installs it: apt-get install strace)"
    probe = subprocess.run([*strace_prefix(Path("/dev/null")), "true"], capture_output=True, timeout=30)
    if probe.returncode != 0:
        return f"strace cannot trace here: {probe.stderr.decode(errors='replace').strip()[:200]}"
    return None


def netns_missing() -> str | None:
    """Why a process cannot be run in a network namespace of its own here (``unshare -n``, as
    root), or None."""
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is missing"
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, timeout=30)
    if probe.returncode != 0:
        return f"no network namespace here (unshare -n needs root): {probe.stderr.decode(errors='replace').strip()[:200]}"
    return None
