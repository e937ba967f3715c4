"""Rasa's own data validation must pass on the shipped training data and domain."""
import subprocess

from bot.build import VENV_BIN, child_env
from navigator.settings import ROOT


def test_rasa_data_validate_passes():
    proc = subprocess.run(
        [str(VENV_BIN / "rasa"), "data", "validate", "--fail-on-warnings",
         "--config", "config.yml", "--domain", "domain.yml", "--data", "data"],
        cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
