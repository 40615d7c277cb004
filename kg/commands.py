"""Analyst commands (spread, eval, …), registered on the ``kg`` group by :func:`register`."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    pass
