"""Crisis detection and fixed crisis text. Pure Python: imports nothing from rasa."""
from crisis.detect import CrisisHit, detect
from crisis.responses import crisis_text, load_responses

__all__ = ["CrisisHit", "detect", "crisis_text", "load_responses"]
