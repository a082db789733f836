# Dates and numbers are written the Vietnamese way (1.234,5 — 28/11/2026) in the languages of
# the Central Highlands, which Django has no formats for.
from django.conf.locale.vi.formats import *  # noqa: F403
