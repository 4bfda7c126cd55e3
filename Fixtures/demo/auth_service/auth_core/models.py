"""Users and roles."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class UserRole(str, Enum):
    USER = "user"
    ADMIN = "admin"
    SERVICE = "service"


@dataclass
class User:
    id: str
    email: str
    password_hash: str
    roles: set[UserRole] = field(default_factory=lambda: {UserRole.USER})
    active: bool = True

    def has_role(self, role: UserRole) -> bool:
        return role in self.roles
