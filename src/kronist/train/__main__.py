"""`python -m kronist.train da [--quick] [--output DIR] [--shared DIR]`."""

from __future__ import annotations

import argparse
import json

from kronist.train import train


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m kronist.train")
    parser.add_argument("lang", nargs="?", default="da")
    parser.add_argument("--quick", action="store_true", help="a few hundred steps on a slice")
    parser.add_argument("--output", default=None, help="model folder (default: the shipped one)")
    parser.add_argument("--shared", default=None, help="the shared folder (default ../shared)")
    args = parser.parse_args(argv)
    scores = train(args.lang, quick=args.quick, output=args.output, shared=args.shared)
    print(json.dumps(scores, indent=2))


if __name__ == "__main__":
    main()
