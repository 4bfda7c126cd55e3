"""Backend entry point: builds the application and wires the routers."""
from __future__ import annotations

import logging
from typing import Any, Callable

from netra_backend.app.core.config import get_settings
from netra_backend.app.core.logging_config import configure_logging
from netra_backend.app.routes import health, threads, websocket, websocket_legacy
from netra_backend.app.websocket.factory import get_websocket_manager, shutdown_all_managers

logger = logging.getLogger(__name__)


class Application:
    """A deliberately small stand-in for the web framework's application object."""

    def __init__(self) -> None:
        self.routes: dict[str, Callable[..., Any]] = {}
        self.on_shutdown: list[Callable[[], Any]] = []

    def include(self, routes: dict[str, Callable[..., Any]]) -> None:
        self.routes.update(routes)


def create_app() -> Application:
    configure_logging()
    settings = get_settings()
    app = Application()
    for module in (health, threads, websocket, websocket_legacy):
        app.include(module.ROUTES)
    app.on_shutdown.append(shutdown_all_managers)
    # Warm the system manager so the first connection does not pay for it.
    get_websocket_manager(user_id="system")
    logger.info("backend started in %s", settings.environment.value)
    return app
