"""The ``.eml`` draft and the body returned beside it (``files[i]["body"]``).

The page builds its ``mailto:`` link from that body: it must be what a mail
client reads in the draft, whichever transfer encoding Python's ``email``
package chose (8bit, or base64: the drafts of accented French text are base64).
"""

from __future__ import annotations

import email
from email.policy import default as politique_email

import pytest
from rattrapage.api import rendre
from rattrapage.eml import message_eml

from tests.golden_files import cas, entree, identifiant


def corps_lu(eml: str) -> str:
    """The body a mail client reads in the draft, line ends as in the text."""
    message = email.message_from_string(eml, policy=politique_email)
    return message.get_content().replace("\r\n", "\n").rstrip("\n")


@pytest.mark.parametrize("chemin", cas(), ids=identifiant)
def test_the_body_beside_each_eml_is_the_drafts_body(chemin):
    reponse = rendre(chemin.parent.name, entree(chemin))
    for fichier in reponse.get("files", []):
        if fichier["mime"] == "message/rfc822":
            assert fichier["body"] == corps_lu(fichier["content"])
        else:
            assert "body" not in fichier


def test_an_accented_body_is_base64_in_the_eml_and_plain_beside_it():
    corps = "Bonjour Madame Durand,\n\n" + "Je vous remercie pour notre échange. " * 40 + "\n\nCamille Martin"
    eml = message_eml("Objet", corps)
    assert "Content-Transfer-Encoding: base64" in eml
    assert corps_lu(eml) == corps


def test_an_email_widget_returns_its_body_beside_the_eml():
    reponse = rendre("relance", {})
    (eml,) = [f for f in reponse["files"] if f["name"] == "relance.eml"]
    assert eml["body"] in reponse["text"]
    assert eml["body"].startswith("Madame, Monsieur,")
