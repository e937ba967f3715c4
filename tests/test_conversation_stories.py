"""Rasa's own dialogue test: every flow in tests/stories is predicted exactly."""
import subprocess

from bot.build import VENV_BIN, child_env
from navigator.settings import ROOT


def test_every_test_story_is_predicted(trained_model, tmp_path):
    proc = subprocess.run(
        [str(VENV_BIN / "rasa"), "test", "core", "--stories", "tests/stories",
         "--fail-on-prediction-errors", "-m", str(trained_model), "--out", str(tmp_path)],
        cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
