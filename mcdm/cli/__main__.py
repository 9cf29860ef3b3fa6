"""``python -m mcdm.cli``."""

import sys

from mcdm.cli import main

if __name__ == "__main__":  # importing the module (the engine-isolation test does) runs nothing
    sys.exit(main())
