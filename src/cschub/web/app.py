"""The FastAPI application: routes, the guards on every request, and error pages that never
show a traceback or any data."""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from cschub.access.chainer import Chainer
from cschub.store import Store
from cschub.web import assets, security
from cschub.web.routes import auth, children, dashboard, dpo, loads, oidc, pages, validation
from cschub.web.templating import render

log = logging.getLogger("cschub.web")


def create_app(store: Store, la: str, la_name: str) -> FastAPI:
    """The app for one store and LA. While it runs, a background chainer links the audit
    entries its reads write (PostgreSQL; see ``access/chainer.py``)."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        background = Chainer(store).start()
        try:
            yield
        finally:
            background.stop()

    app = FastAPI(title="cschub", version="0.1.0", lifespan=lifespan,
                  description="Children's social care data: the national framework dashboard, "
                  "validation results and loads; a child's record only through the access "
                  "policy, every read audited.", docs_url=None, redoc_url=None)
    app.state.store, app.state.la, app.state.la_name = store, la, la_name
    app.state.demo_csrf = secrets.token_urlsafe(32)
    if assets.GOVUK.is_dir():
        app.mount("/assets", StaticFiles(directory=assets.GOVUK / "assets"), name="assets")
    app.mount("/static", StaticFiles(directory=assets.STATIC), name="static")
    for module in (pages, dashboard, validation, loads, auth, children, dpo):
        app.include_router(module.router)

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        """The OpenAPI docs, with Swagger UI served from this site (make assets)."""
        from fastapi.openapi.docs import get_swagger_ui_html

        return get_swagger_ui_html(openapi_url="/openapi.json", title="cschub API",
                                   swagger_js_url="/static/govuk/swagger-ui-bundle.js",
                                   swagger_css_url="/static/govuk/swagger-ui.css",
                                   swagger_favicon_url="/assets/images/favicon.ico")
    if oidc.configured():
        from starlette.middleware.sessions import SessionMiddleware

        app.add_middleware(SessionMiddleware, secret_key=os.environ["CSCHUB_SECRET_KEY"],
                           https_only=True, same_site="lax", max_age=600)
        app.include_router(oidc.router)

    @app.middleware("http")
    async def guard(request: Request, call_next) -> Response:
        try:
            await run_in_threadpool(security.identify, request, store)  # off the loop
            response = security.refuse_anonymous(request)
            if response is None:
                response = await call_next(request)
        except Exception as exc:  # noqa: BLE001 - never a traceback, never data
            log.error("request failed: %s", type(exc).__name__)
            if os.environ.get("CSCHUB_DEBUG"):
                raise
            response = _error(request, 500, "Something went wrong. Nothing was changed.")
        security.add_headers(response, request.url.path)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        messages = {404: "Page not found.", 403: "You cannot see this page.",
                    401: "Sign in first.", 405: "That is not allowed here."}
        detail = exc.detail if exc.status_code in (403, 400) and isinstance(
            exc.detail, str) else messages.get(exc.status_code, "That did not work.")
        return _error(request, exc.status_code, detail)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        fields = sorted({".".join(str(p) for p in e.get("loc", ())[1:]) for e in exc.errors()})
        return _error(request, 422, "Check these values: " + (", ".join(fields) or "request"))

    return app


def _error(request: Request, status: int, message: str) -> Response:
    path = request.url.path
    if path.endswith((".json", ".csv")) or path.startswith("/api/") or "application/json" in \
            request.headers.get("accept", "") and "text/html" not in request.headers.get(
                "accept", ""):
        return JSONResponse({"error": message}, status_code=status)
    if not hasattr(request.state, "actor"):
        request.state.actor = None
    return render(request, "error.html", status, code=status, message=message)
