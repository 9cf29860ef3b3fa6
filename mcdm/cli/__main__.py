"""``python -m mcdm.cli``."""

import sys

from mcdm.cli import main

if __name__ == "__main__":  # importing the module (e.g. to walk the package) runs nothing
    sys.exit(main())
