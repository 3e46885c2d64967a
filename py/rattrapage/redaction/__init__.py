"""The writing layer: what the user typed, made fit for one of our sentences.

No widget pastes raw input into a sentence. Each kind of typed value has one
reader here, and the widgets read through :mod:`rattrapage.widgets._saisie`,
which hands them these objects:

- :mod:`~rattrapage.redaction.nature`: free text is a *question* (quoted « … »),
  a *sentence* (set as a sentence of its own) or a *noun phrase* (fitted into
  our sentence, its determiner lowered);
- :mod:`~rattrapage.redaction.organisation`: a company or public employer, with
  its article and contractions (« à la mairie de Lyon », « du Bon Marché »,
  « d’Orange »), without its legal form (SA, SAS…);
- :mod:`~rattrapage.redaction.personne`: people's names (capitals, particles, a
  title typed in the name field) and how to greet the recruiter;
- :mod:`~rattrapage.redaction.inclusif`: « chargé·e », « motivé(e) » written in
  the agreement the candidate chose, never as typed.
"""
