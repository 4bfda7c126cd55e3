from shared.env import get_env

REPORT_BUCKET = get_env("REPORT_BUCKET")
