"""Prints each request's figures from a Gatling HTML report: count, errors, throughput, p50, p95, p99, max (ms).

usage: python3 loadtest/summary.py loadtest/target/gatling/<run>/
"""
import html
import re
import sys
from pathlib import Path

COLUMNS = {"total": 2, "errors": 4, "error %": 5, "per s": 6, "p50": 8, "p95": 10, "p99": 11, "max": 12}


def rows(report):
    page = (Path(report) / "index.html").read_text(encoding="utf-8")
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", page, re.S):
        name = re.search(r'class="ellipsed-name">(.*?)</span>', row, re.S)
        if not name:
            continue
        cells = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', row))
        if cells:
            yield html.unescape(name.group(1).strip()), {key: cells.get(str(col), "-") for key, col in COLUMNS.items()}


def main():
    found = list(rows(sys.argv[1]))
    if not found:
        sys.exit("no request statistics in " + sys.argv[1])
    width = max(len(name) for name, _ in found)
    print()
    print(f"{'request':<{width}} " + " ".join(f"{key:>8}" for key in COLUMNS))
    for name, values in found:
        print(f"{name:<{width}} " + " ".join(f"{values[key]:>8}" for key in COLUMNS))
    print(f"(response times in ms; report: {Path(sys.argv[1]) / 'index.html'})")


if __name__ == "__main__":
    main()
