"""`import` statements: one finding per alias, at its first name."""
import legacy.config  # expect: DEP001@8
import legacy.config.sub  # expect: DEP001@8
import legacy.config as cfg  # expect: DEP001@8
import legacy.config.secrets  # expect: DEP001@8
import os, legacy.config  # expect: DEP001@12
import legacy.config as first, legacy.config.sub as second  # expect: DEP001@8 DEP001@32
import legacy.config; import legacy.config.sub  # expect: DEP001@8 DEP001@30


def reload_settings():
    import legacy.config.sub as sub  # expect: DEP001@12
    return sub

# Parents, look-alike prefixes and unrelated modules do not match.
import legacy
import legacy.configuration
import legacy_config
import shared.config
import os.path
