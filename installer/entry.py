"""Entry point of the frozen program (both the windowed and the console executable)."""
import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
