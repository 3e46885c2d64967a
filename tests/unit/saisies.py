"""What the widgets' unit tests type into the forms: odd inputs, and valid ones.

The odd inputs are shared so that a case found for one widget is tried on the
others; each test adds its own realistic cases (emoji, right-to-left text, a
text at the field's maximum length).
"""

from __future__ import annotations

from rattrapage.champs import Valeurs, Widget
from rattrapage.validation import valider

#: Template syntax, markup, bidi controls, emoji, a line break that would open a
#: calendar event, straight quotes and a colon for the typography to fix.
HOSTILES = [
    "{0}",
    "$poste",
    "%s",
    "<script>alert(1)</script>",
    "\u202eعربي\u202c",
    "👩🏽‍💻",
    "a\r\nBEGIN:VEVENT",
    "l'équipe : ok ?",
]

#: Template syntax, markup, punctuation alone (a fragment that strips to
#: nothing) and both kinds of quotes, for texts set inside our sentences.
ETRANGES = [
    "{0}",
    "$name",
    "%s",
    "<script>alert(1)</script>",
    "?",
    ": ;",
    'l\'"été"',
]


def valeurs_valides(widget: Widget, donnees: dict[str, object]) -> Valeurs:
    """The validated values of a test's input, which must be valid: a typo in a
    test would otherwise render as an empty field, and the test could pass."""
    valeurs, erreurs = valider(widget, donnees)
    assert erreurs == {}, erreurs
    return valeurs
