"""``.eml`` drafts: a message the user opens in their mail client and sends.

Built with the standard ``email`` package so that the subject is RFC 2047
encoded and no header can be injected through what the user typed.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP


def message_eml(sujet: str, corps: str) -> str:
    """A draft with a subject and a UTF-8 body, no recipient, CRLF line ends.

    ``X-Unsent: 1`` makes Outlook and Thunderbird open it as a draft to send.
    """
    message = EmailMessage(policy=SMTP)
    # One line whatever was typed; non-breaking spaces (French typography) stay.
    message["Subject"] = " ".join(ligne.strip() for ligne in sujet.splitlines())
    message["X-Unsent"] = "1"
    message.set_content(corps, charset="utf-8", cte="8bit")
    return message.as_string()
