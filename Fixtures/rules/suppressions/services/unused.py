"""This tree runs as with `--report-unused-suppressions`: a directive that suppresses
nothing is itself reported (`unused-suppression`, info), at the directive."""
# ssotlint: ignore-file[BAN002] -- no subprocess here  # expect: unused-suppression@1
import os

CLEAN = 1  # ssotlint: ignore[BAN001]  # expect: unused-suppression@12
ANY = 2  # ssotlint: ignore  # expect: unused-suppression@10
EXPLAINED = 3  # ssotlint: ignore[BAN001] -- a reason does not make it used  # expect: unused-suppression@16
# A directive that names only rules not in effect is not reported: there is nothing it
# could have suppressed in this configuration.
RETIRED = 4  # ssotlint: ignore[OLD999]
# One rule of the list suppressing is enough: the directive is used.
HOME = os.environ["HOME"]  # ssotlint: ignore[BAN002, BAN001]  # expect-suppressed: BAN001@8
