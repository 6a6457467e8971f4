"""Act numbers in legal citations: what a translation must not change.

"Directive 2011/95/EU", "Richtlinie 2011/95/EU", "Regulation (EU) No 604/2013" and
"Règlement (UE) n° 604/2013" cite acts by numbers such as ``2011/95`` and ``604/2013``. The
suffix (/EU, /EG, /CE, /ЄС) follows the language; the digits may not.
"""

from __future__ import annotations

import re

ACT_NUMBER = re.compile(r"\b(\d{2,4}/\d{2,4})\b")


def act_numbers(text: str) -> set[str]:
    """The act numbers cited in ``text``, e.g. ``{"2011/95", "604/2013"}``."""
    return set(ACT_NUMBER.findall(text))
