"""Hybrid Logical Clock (Kulkarni et al.): wall time in ms + counter + site.

Stamps are fixed-width strings, so comparing strings compares stamps, with
the site id as the final tie-break: "000001700000000000.00000.<site>".
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    site: str

    def encode(self) -> str:
        return f"{self.wall_ms:018d}.{self.counter:05d}.{self.site}"

    @staticmethod
    def decode(text: str) -> "Stamp":
        wall, counter, site = text.split(".", 2)
        return Stamp(int(wall), int(counter), site)


ZERO = Stamp(0, 0, "")


def tick(last: Stamp, now_ms: int, site: str) -> Stamp:
    """A local event (send)."""
    if now_ms > last.wall_ms:
        return Stamp(now_ms, 0, site)
    return Stamp(last.wall_ms, last.counter + 1, site)


def receive(last: Stamp, remote: Stamp, now_ms: int, site: str) -> Stamp:
    """Merge a remote stamp so later local stamps are greater than it."""
    wall = max(last.wall_ms, remote.wall_ms, now_ms)
    if wall == last.wall_ms == remote.wall_ms:
        counter = max(last.counter, remote.counter) + 1
    elif wall == last.wall_ms:
        counter = last.counter + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    return Stamp(wall, counter, site)


def later(a: str, b: str) -> bool:
    """Is stamp `a` later than stamp `b` (encoded)? By wall time, then counter;
    an exact tie (same wall time and counter at two offices) goes to the
    higher site id. An empty stamp is earlier than any other."""
    if not b:
        return bool(a)
    if not a:
        return False
    sa, sb = Stamp.decode(a), Stamp.decode(b)
    if (sa.wall_ms, sa.counter) != (sb.wall_ms, sb.counter):
        return (sa.wall_ms, sa.counter) > (sb.wall_ms, sb.counter)
    return sa.site > sb.site


def seal_wins(a: str, b: str) -> bool:
    """Of two seals of one protocol, does the one stamped `a` win over `b`?
    The earlier closing wins; an exact tie goes to the lower site id (the
    same order as `later`, read the other way)."""
    return a != b and later(b, a)
