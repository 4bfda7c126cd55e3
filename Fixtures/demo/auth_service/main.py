"""Auth service entry point."""
from __future__ import annotations

import logging

from auth_service import routes
from auth_service.auth_core.secret_loader import load_jwt_secret
from shared.isolated_environment import current_environment

logger = logging.getLogger(__name__)


def create_app() -> dict[str, object]:
    """Load secrets, then return the route table the server mounts."""
    load_jwt_secret()
    logger.info("auth service starting in %s", current_environment().value)
    return dict(routes.ROUTES)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(sorted(create_app()))
