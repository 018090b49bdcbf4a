"""The strace reader the offline tests rely on: it finds each kind of attempt seen in real traces
(conflictmap serve and a PNG export before their fixes) and passes the process talking to itself."""

from __future__ import annotations

from tests.network_trace import outside_attempts

OUTSIDE = [  # lines from the traces of the server and the export before the fixes
    '19283 connect(23<UDP:[33315]>, {sa_family=AF_INET, sin_port=htons(1), sin_addr=inet_addr("8.8.8.8")}, 16) = 0',
    '19283 sendmmsg(23<UDP:[192.0.2.2:53433->10.255.255.53:53]>, [{msg_hdr={msg_name=NULL, msg_namelen=0}}], 2, '
    'MSG_NOSIGNAL) = 2',
    '11154 connect(15<UDPv6:[13950]>, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), '
    'inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28 <unfinished ...>',
    '11160 sendto(7<UDP:[0.0.0.0:5643]>, "\\t\\10\\1\\0", 39, 0, {sa_family=AF_INET, sin_port=htons(53), '
    'sin_addr=inet_addr("10.255.255.53")}, 16) = 39',
    '11161 sendto(8<UDPv6:[[::]:5000->[2001:db8::1]:53]>, "x", 1, 0, NULL, 0) = 1',
]
OWN = [
    '11061 sendto(32<NETLINK:[ROUTE:11019]>, [{nlmsg_len=17, nlmsg_type=RTM_GETADDR}], 17, 0, '
    '{sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 17',
    '10109 sendmsg(12<UNIX-STREAM:[1234->1235]>, {msg_name=NULL, msg_iov=[{iov_base="CHILD_PING\\0"}]}, '
    'MSG_NOSIGNAL) = 11',
    '8552  connect(23, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT',
    '9001 connect(5<TCP:[12345]>, {sa_family=AF_INET, sin_port=htons(8501), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
    '9001 sendto(5<TCP:[127.0.0.1:40000->127.0.0.1:8501]>, "GET /", 5, MSG_NOSIGNAL, NULL, 0) = 5',
    '9002 connect(6<UDPv6:[1]>, {sa_family=AF_INET6, sin6_port=htons(53), inet_pton(AF_INET6, "::1", &sin6_addr)}, 28) = 0',
    '9003 connect(7<UDP:[2]>, {sa_family=AF_UNSPEC, sa_data="\\0\\0"}, 16) = 0',
    '9004 +++ exited with 0 +++',
]


def test_each_kind_of_outside_attempt_is_found():
    assert outside_attempts("\n".join(OUTSIDE)) == OUTSIDE


def test_the_process_talking_to_itself_or_the_kernel_is_not_an_attempt():
    assert outside_attempts("\n".join(OWN)) == []
