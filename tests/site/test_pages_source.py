"""Checks on the French Markdown pages in docs/ (sources only, no build needed).

Each test reads the Markdown as written: front matter, headings, widget fences,
French typography, internal links.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

# Every page of the site and the widgets it must place, in order of appearance.
WIDGETS_BY_PAGE: dict[str, list[str]] = {
    "index.md": [],
    "avez-vous-vraiment-rate.md": ["diagnostic"],
    "demander-un-feedback.md": ["script-feedback"],
    "dire-ce-que-vous-pensez.md": ["script-ressenti"],
    "ecrire-au-recruteur.md": ["lettre-apres-entretien"],
    "rebondir.md": ["debrief"],
    "candidat-challenger.md": ["challenger"],
    "relancer-repondre-refus.md": ["relance", "reponse-refus"],
    "lapsus.md": [],
    "a-propos.md": [],
}
PAGES = sorted(WIDGETS_BY_PAGE)
WIDGET_PAGES = sorted(page for page, ids in WIDGETS_BY_PAGE.items() if ids)

NBSP = "\u00a0"
NNBSP = "\u202f"
FILLER = re.compile(r"\b(à venir|bientôt|coming soon|lorem|ipsum|todo|tbd|fixme|xxx)\b", re.IGNORECASE)
FENCE_OPEN = re.compile(r"^\s*(`{3,}|~{3,})\s*([\w-]*)")


# --- helpers -----------------------------------------------------------------


def read(page: str) -> str:
    return (DOCS / page).read_text(encoding="utf-8")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Return the front matter (flat `key: value` pairs) and the body."""
    match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and re.fullmatch(r"[A-Za-z_][\w-]*", key):
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            meta[key] = value
    return meta, text[match.end() :]


def lines_outside_fences(text: str) -> list[tuple[int, str]]:
    """(line number, line) for every line that is not inside a fenced code block."""
    result: list[tuple[int, str]] = []
    fence: str | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        match = FENCE_OPEN.match(line)
        if fence is not None:
            marker = match.group(1) if match else ""
            if marker and marker[0] == fence[0] and len(marker) >= len(fence):
                fence = None
            continue
        if match:
            fence = match.group(1)
            continue
        result.append((number, line))
    return result


def widget_fences(text: str) -> list[str]:
    """The widget ids placed with ```widget fences, in order."""
    return re.findall(r"^```widget[ \t]*\n\s*([\w-]+)\s*\n```[ \t]*$", text, re.MULTILINE)


def prose_of(line: str) -> str | None:
    """The prose part of a Markdown line, with syntax, code and URLs removed.

    Returns None for lines that hold no prose (table delimiter rows).
    """
    if re.fullmatch(r"\s*\|?(\s*:?-{3,}:?\s*\|)*\s*:?-{3,}:?\s*\|?\s*", line):
        return None
    # Block syntax at line start: admonitions, collapsibles, content tabs, def lists.
    line = re.sub(r'^(\s*)(!!!|\?\?\?\+?|===\+?)\s+[\w-]*(\s[\w-]+)*\s*"(.*)"\s*$', r"\1\4", line)
    line = re.sub(r"^(\s*)(!!!|\?\?\?\+?)\s+[\w-]+(\s[\w-]+)*\s*$", r"\1", line)
    line = re.sub(r"^(\s*):\s{2,}", r"\1", line)
    line = re.sub(r"(`+).*?\1", " ", line)  # inline code spans
    line = re.sub(r"<[^>]*>", " ", line)  # HTML tags and their attributes
    line = re.sub(r"\]\([^)]*\)", "]", line)  # link targets (and their titles)
    line = re.sub(r"\]:\s+\S+.*$", "]", line)  # reference link definitions
    line = re.sub(r"[a-z][a-z0-9+.-]*://\S+|mailto:\S+", " ", line)  # bare URLs
    line = re.sub(r"\{\s*[:#.][^}]*\}", " ", line)  # attr lists
    line = line.replace("![", "[")  # images
    return line


def front_matter_as_prose(text: str) -> str:
    """Replace each front matter line by its unquoted value (line numbers kept)."""
    match = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
    if not match:
        return text
    values = []
    for line in match.group(1).split("\n"):
        _, _, value = line.partition(":")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values.append(value)
    return "\n".join(["", *values, ""]) + "\n" + text[match.end() :]


def typography_problems(text: str) -> list[tuple[int, str]]:
    """French typography mistakes in Markdown prose, as (line number, message)."""
    problems: list[tuple[int, str]] = []
    for number, line in lines_outside_fences(front_matter_as_prose(text)):
        prose = prose_of(line)
        if prose is None:
            continue
        for match in re.finditer(r" ([:;!?])", prose):
            problems.append((number, f"espace ordinaire avant « {match.group(1)} »"))
        if f"{NNBSP}:" in prose:
            problems.append((number, "espace fine avant « : » (insécable normale attendue)"))
        for match in re.finditer(f"{NBSP}([;!?])", prose):
            problems.append((number, f"espace insécable normale avant « {match.group(1)} » (fine attendue)"))
        if "'" in prose:
            problems.append((number, "apostrophe droite (’ attendue)"))
        if '"' in prose:
            problems.append((number, "guillemets droits (« » attendus)"))
        if re.search(r"«(?![\u00a0\u202f])", prose):
            problems.append((number, "« sans espace insécable après"))
        if re.search(r"(?<![\u00a0\u202f])»", prose):
            problems.append((number, "» sans espace insécable avant"))
        if re.search(r"\((e|es|s|le|ne)\)", prose, re.IGNORECASE) or re.search(r"\w·\w", prose):
            problems.append((number, "écriture « (e) » ou point médian"))
        if "..." in prose:
            problems.append((number, "« ... » au lieu de « … »"))
    return problems


def slugify(title: str) -> str:
    """Python-Markdown's default toc slug (used when a heading has no {#id})."""
    value = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)


def anchors_of(text: str) -> set[str]:
    anchors: set[str] = set()
    for _, line in lines_outside_fences(text):
        heading = re.match(r"^#{1,6}\s+(.*?)\s*$", line)
        if not heading:
            continue
        explicit = re.search(r"\{[^}]*#([\w-]+)[^}]*\}\s*$", heading.group(1))
        if explicit:
            anchors.add(explicit.group(1))
        else:
            anchors.add(slugify(heading.group(1)))
    return anchors


# --- tests -------------------------------------------------------------------


def test_every_markdown_page_is_listed() -> None:
    on_disk = sorted(path.name for path in DOCS.glob("*.md"))
    assert on_disk == PAGES


@pytest.mark.parametrize("page", PAGES)
def test_page_has_title_and_description(page: str) -> None:
    meta, _ = split_front_matter(read(page))
    assert meta.get("title"), f"{page}: front matter without title"
    description = meta.get("description", "")
    assert 70 <= len(description) <= 160, f"{page}: description of {len(description)} characters"


@pytest.mark.parametrize("page", PAGES)
def test_page_has_exactly_one_h1(page: str) -> None:
    _, body = split_front_matter(read(page))
    h1 = [line for _, line in lines_outside_fences(body) if re.match(r"#\s", line)]
    assert len(h1) == 1, f"{page}: {len(h1)} h1 headings: {h1}"


@pytest.mark.parametrize("page", PAGES)
def test_page_follows_french_typography(page: str) -> None:
    problems = typography_problems(read(page))
    assert not problems, f"{page}: " + "; ".join(f"ligne {n} : {msg}" for n, msg in problems)


@pytest.mark.parametrize(
    "bad",
    [
        "Bonjour : test",
        "Vraiment ; oui",
        "Quelle journée !",
        "Avez-vous raté ?",
        f"Bonjour{NBSP}; test",
        f"Pourquoi{NBSP}?",
        f"Note{NNBSP}: test",
        "C'est raté",
        "Vous êtes motivé(e)",
        "Vous êtes motivé·e",
        "Et puis...",
        f"Il dit « bonjour{NBSP}»",
        'Il dit "bonjour"',
        "Voir [ce lien](page.md) : ici",
        '!!! tip "Un titre : mal espacé"',
        '=== "Par e-mail ?"',
    ],
)
def test_typography_checker_reports_mistakes(bad: str) -> None:
    assert typography_problems(bad), f"not reported: {bad!r}"


@pytest.mark.parametrize(
    "good",
    [
        f"Bonjour{NBSP}: test",
        f"Vraiment{NNBSP}; oui{NNBSP}! Et vous{NNBSP}?",
        f"Il dit «{NBSP}bonjour{NBSP}».",
        "C’est réussi.",
        "`code : avec ; des ! espaces ?` puis du texte.",
        "[lien](https://exemple.fr/page?x=1&y=2#a) et https://exemple.fr/?q=1",
        '!!! tip "Un conseil"',
        "    !!! warning",
        '=== "Par e-mail"',
        "| Colonne | Autre |\n| :--- | ---: |",
        "## Titre {#titre}\n\nTexte { .classe }",
        '<div class="grid cards" markdown>',
        "![une image](images/a.svg)",
        "```python\nx = {'a': 1} ; print('ok !')\n```",
        "```widget\nlettre-apres-entretien\n```",
    ],
)
def test_typography_checker_accepts_correct_markdown(good: str) -> None:
    assert typography_problems(good) == []


@pytest.mark.parametrize("page", PAGES)
def test_page_places_its_widgets(page: str) -> None:
    assert widget_fences(read(page)) == WIDGETS_BY_PAGE[page]


@pytest.mark.parametrize("page", WIDGET_PAGES)
def test_widget_is_introduced_as_staying_in_the_browser(page: str) -> None:
    text = read(page)
    for match in re.finditer(r"^```widget\n", text, re.MULTILINE):
        before = text[: match.start()].rstrip().rsplit("\n\n", 1)[-1]
        assert "navigateur" in before, f"{page}: no intro saying the data stays in the browser"
        heading = re.findall(r"^#{2,3} .*$", text[: match.start()], re.MULTILINE)
        assert heading, f"{page}: widget not under a heading"


@pytest.mark.parametrize("page", PAGES)
def test_page_has_no_filler(page: str) -> None:
    found = FILLER.findall(read(page))
    assert not found, f"{page}: {found}"


@pytest.mark.parametrize("page", PAGES)
def test_internal_links_and_anchors_exist(page: str) -> None:
    text = read(page)
    broken = []
    for _, line in lines_outside_fences(text):
        line = re.sub(r"(`+).*?\1", " ", line)
        for target in re.findall(r"\]\(([^)\s]+)", line):
            if re.match(r"[a-z][a-z0-9+.-]*:", target):
                continue  # external link
            path, _, anchor = target.partition("#")
            if path and not (DOCS / path).is_file():
                broken.append(target)
                continue
            if anchor and anchor not in anchors_of(read(path) if path else text):
                broken.append(target)
    assert not broken, f"{page}: broken links {broken}"
