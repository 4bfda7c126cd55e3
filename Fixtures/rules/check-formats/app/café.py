"""Settings read the wrong way, in a file whose name is not ASCII."""
import os

HOME = os.environ["HOME"]  # expect: ENV001@8
USER = os.getenv("USER")  # ssotlint: ignore[ENV001] -- read once at start-up  # expect-suppressed: ENV001@8
SHELL = (os  # expect: ENV001@10
         .environ["SHELL"])
# TODO(ünïcode <&"'> 50%, a:b) read these once  # expect: TODO1@3
STATUS_URL = "https://status.example.com/ü?a=1&b=<2>"  # expect: URL001@15


def make_client():  # expect: DUP001@5
    return None
