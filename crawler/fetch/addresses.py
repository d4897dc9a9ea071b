"""Which network an address is on, so a public site's links never reach into an intranet."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Literal

from crawler.urls import literal_ip

Network = Literal["public", "loopback", "private", "link_local", "reserved"]


def network_of(ip: str) -> Network:
    address = ipaddress.ip_address(ip)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link_local"
    if address.is_private or getattr(address, "is_shared", False):
        return "private" if not (address.is_unspecified or address.is_reserved) else "reserved"
    if address.is_multicast or address.is_reserved or address.is_unspecified:
        return "reserved"
    return "public"


class Resolver:
    """Resolves a host once per scan and says which networks it is on."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[set[Network], str | None]] = {}

    async def networks(self, host: str) -> tuple[set[Network], str | None]:
        """The networks of the host's addresses, or an empty set and the DNS error."""
        if host in self._cache:
            return self._cache[host]
        ip = literal_ip(host)
        if ip is not None:
            result: tuple[set[Network], str | None] = ({network_of(ip)}, None)
        elif host.lower() == "localhost" or host.lower().endswith(".localhost"):
            result = ({"loopback"}, None)
        else:
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
                result = ({network_of(str(info[4][0]).split("%")[0]) for info in infos}, None)
            except (socket.gaierror, UnicodeError, OSError) as exc:
                result = (set(), f"DNS lookup failed for {host}: {exc}")
        self._cache[host] = result
        return result
