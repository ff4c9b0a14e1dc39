"""Indicator comparisons kept in memory between requests: recomputed only when the store
changes (a new load, or the LA's indicators recomputed), so pages answer in milliseconds."""

from __future__ import annotations

import threading
import time

import sqlalchemy as sa
from fastapi import Request

from cschub.indicators import benchmarks

_lock = threading.Lock()


VERSION_EVERY = 0.5  # seconds: a new load shows on the dashboard within half a second


def _version(request: Request) -> tuple:
    """What the cache depends on: asked of the database at most every VERSION_EVERY seconds."""
    known = getattr(request.state, "cache_version", None)
    if known is not None:
        return known
    state = request.app.state
    checked = getattr(state, "version_checked", None)
    if checked and time.monotonic() - checked[0] < VERSION_EVERY:
        request.state.cache_version = checked[1]
        return checked[1]
    with request.app.state.store.engine.connect() as conn:
        request.state.cache_version = tuple(conn.execute(sa.text(
            "SELECT (SELECT max(load_id) FROM load_batch), "
            "(SELECT max(computed_at) FROM indicator_value WHERE la_code = :la), "
            "(SELECT digest FROM ref_version WHERE name = 'published')"),
            {"la": request.app.state.la}).one())
    state.version_checked = (time.monotonic(), request.state.cache_version)
    return request.state.cache_version


def comparison(request: Request, indicator_id: str) -> benchmarks.Comparison:
    """The indicator's comparison for the app's LA, from memory when the store is unchanged."""
    state = request.app.state
    version = _version(request)
    with _lock:
        if getattr(state, "cache_version", None) != version:
            state.cache, state.cache_version = {}, version
        found = state.cache.get(indicator_id)
    if found is None:
        found = benchmarks.comparison(state.store, indicator_id, state.la)
        with _lock:
            if state.cache_version == version:
                state.cache[indicator_id] = found
    return found


PAGES_KEPT = 512


def page_key(request: Request) -> tuple:
    """What a rendered aggregate page depends on: the page, the store's state and the reader
    (their name and CSRF token appear in the page's sign-out form)."""
    actor = request.state.actor
    return (request.url.path, request.url.query, _version(request),
            actor.username if actor else None, request.state.csrf, request.state.demo)


def get_page(request: Request, key: tuple | None) -> bytes | None:
    """A rendered page kept from before, or None."""
    if key is None:
        return None
    with _lock:
        return getattr(request.app.state, "pages", {}).get(key)


def put_page(request: Request, key: tuple | None, body: bytes) -> None:
    """Keep a rendered page (the oldest go first once PAGES_KEPT are kept)."""
    if key is None:
        return
    state = request.app.state
    with _lock:
        pages = getattr(state, "pages", None)
        if pages is None:
            pages = state.pages = {}
        if len(pages) >= PAGES_KEPT:
            pages.pop(next(iter(pages)))
        pages[key] = body
