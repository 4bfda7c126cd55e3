"""The isolated environment keeps test settings out of the real process environment."""
from __future__ import annotations

from unittest import mock

from shared.isolated_environment import Environment, IsolatedEnvironment, current_environment, get_env, get_env_bool


def test_isolated_values_do_not_leak(isolated_env: IsolatedEnvironment) -> None:
    isolated_env.set("FEATURE_X", "on")
    assert get_env("FEATURE_X") == "on"
    assert get_env_bool("FEATURE_X") is True


def test_isolation_is_undone() -> None:
    env = IsolatedEnvironment.instance()
    with env.isolated({"NETRA_ENV": "staging"}):
        assert current_environment() is Environment.STAGING
    assert get_env("NETRA_ENV_NOT_SET_ANYWHERE") is None


def test_reads_fall_through_to_the_process_environment() -> None:
    # patch.dict takes the target as a string, so this is not direct access.
    with mock.patch.dict("os.environ", {"DEMO_VALUE": "42"}):
        assert get_env("DEMO_VALUE") == "42"
