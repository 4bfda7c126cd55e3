# ssotlint: ignore-file[BAN002] -- vendored build script  # expect: forbidden-suppression
import subprocess

subprocess.call(["make"])  # expect: BAN002@1
