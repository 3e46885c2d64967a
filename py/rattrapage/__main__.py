"""``python -m rattrapage``: see :mod:`rattrapage.cli`."""

import sys

from rattrapage.cli import main

sys.exit(main())
