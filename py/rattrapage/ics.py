"""iCalendar files (RFC 5545) for the reminders the widgets offer.

Each reminder is an all-day event with an alarm. The output is valid for
calendar applications and safe whatever the user typed:

- every line ends with CRLF and is folded at 75 octets (RFC 5545, 3.1), counting
  UTF-8 bytes and never cutting a multi-byte character in two;
- TEXT values (SUMMARY, DESCRIPTION) escape backslash, semicolon, comma and line
  breaks (3.3.11), and lose control characters: whatever the user typed stays
  inside one property value, it can never start a line or a property of its own
  (« a\\r\\nBEGIN:VEVENT » becomes the text ``a\\nBEGIN:VEVENT``);
- the file is a pure function of its events, so that renders are reproducible
  and golden-testable. That is why the UID is a hash of the event's content
  (the same reminder downloaded twice updates itself instead of appearing twice)
  and why DTSTAMP, which RFC 5545 wants in UTC, is the event's own day at
  00:00:00Z rather than the moment of the download: a clock read would make
  every render different and the function impure.

The alarm of an all-day event is relative to the start of its day (local
midnight): ``-PT15H`` rings the day before at 9 a.m., leaving time to reread the
message before the day comes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

CRLF = "\r\n"
#: RFC 5545, 3.1: « Lines of text SHOULD NOT be longer than 75 octets, excluding
#: the line break. »
LONGUEUR_MAX = 75
PRODID = "-//Rattrapage//Rappels//FR"
#: The day before at 9:00 (relative to the local midnight that starts the day).
RAPPEL_LA_VEILLE = "-PT15H"

# Everything below U+0020 but TAB, plus DEL and the C1 controls: not allowed in
# a TEXT value (RFC 5545, 3.3.11), and CR or LF could end the line.
_CONTROLES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Every way a user can break a line, the Unicode separators included: some
# readers treat them as line ends.
_FINS_DE_LIGNE = re.compile(r"\r\n|[\r\n\u2028\u2029]")


@dataclass(frozen=True)
class Evenement:
    """One all-day reminder: its day, title, description and alarm."""

    jour: dt.date
    resume: str
    description: str = ""
    rappel: str = RAPPEL_LA_VEILLE

    def uid(self) -> str:
        """Stable identifier: a hash of the content, ``…@rattrapage``."""
        contenu = "\x1f".join((self.jour.isoformat(), self.resume, self.description, self.rappel))
        return hashlib.sha256(contenu.encode("utf-8")).hexdigest()[:32] + "@rattrapage"


def echapper(texte: str) -> str:
    """A TEXT value (RFC 5545, 3.3.11): ``\\`` ``;`` ``,`` escaped, every line
    break written ``\\n``, tabs as spaces, other control characters removed."""
    texte = texte.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    texte = _FINS_DE_LIGNE.sub("\\\\n", texte)
    return _CONTROLES.sub("", texte.replace("\t", " "))


def plier(ligne: str) -> str:
    """Fold one content line: chunks of at most 75 octets, each continuation
    starting with one space (counted in its 75), cut between characters only."""
    morceaux: list[str] = []
    courant: list[str] = []
    taille, limite = 0, LONGUEUR_MAX
    for car in ligne:
        octets = len(car.encode("utf-8"))
        if taille + octets > limite:
            morceaux.append("".join(courant))
            courant, taille, limite = [], 0, LONGUEUR_MAX - 1
        courant.append(car)
        taille += octets
    morceaux.append("".join(courant))
    return (CRLF + " ").join(morceaux)


def deplier(contenu: str) -> list[str]:
    """The logical lines of an iCalendar text (folding undone, RFC 5545, 3.1)."""
    lignes = re.sub(r"\r\n[ \t]", "", contenu).split(CRLF)
    return lignes[:-1] if lignes[-1] == "" else lignes


def _date(jour: dt.date) -> str:
    return f"{jour.year:04d}{jour.month:02d}{jour.day:02d}"


def _vevenement(evenement: Evenement) -> list[str]:
    lendemain = evenement.jour + dt.timedelta(days=1)
    return [
        "BEGIN:VEVENT",
        f"UID:{evenement.uid()}",
        f"DTSTAMP:{_date(evenement.jour)}T000000Z",
        f"DTSTART;VALUE=DATE:{_date(evenement.jour)}",
        f"DTEND;VALUE=DATE:{_date(lendemain)}",
        f"SUMMARY:{echapper(evenement.resume)}",
        f"DESCRIPTION:{echapper(evenement.description)}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{echapper(evenement.resume)}",
        f"TRIGGER:{evenement.rappel}",
        "END:VALARM",
        "END:VEVENT",
    ]


def calendrier(evenements: Sequence[Evenement]) -> str:
    """A complete VCALENDAR holding one VEVENT per reminder, CRLF line ends.

    ``ValueError`` without events: RFC 5545 requires at least one component, so
    the caller offers no file rather than an invalid one.
    """
    if not evenements:
        raise ValueError("a calendar needs at least one event")
    lignes = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for evenement in evenements:
        lignes += _vevenement(evenement)
    lignes.append("END:VCALENDAR")
    return "".join(plier(ligne) + CRLF for ligne in lignes)
