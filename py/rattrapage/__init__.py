"""Rattrapage: the French texts of the site's widgets, standard library only.

The same package runs three ways, so that a text is written once:

* at build time, where the Markdown fence (:mod:`rattrapage.fence`) renders each
  widget's form and its default output into the page;
* in the browser, inside Pyodide in a Web Worker (:mod:`rattrapage.navigateur`);
* on the command line (``python -m rattrapage schema|render ID``).
"""

__version__ = "0.1.0"
