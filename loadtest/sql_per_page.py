"""Counts the SQL statements each page sends to the database, one signed-in request at a time.

Run by loadtest/run.sh when LOADTEST_SQL=1: it turns EclipseLink's SQL logging on (asadmin set-log-levels), opens each
page twice (the second view is the one counted: the first may fill caches) and counts the statements the server log
gained, then turns the logging off again.

usage: python3 loadtest/sql_per_page.py <server.log> [base URL]
"""
import http.cookiejar
import re
import sys
import time
import urllib.parse
import urllib.request

PASSWORD = "cinplan-demo-2026"
STATEMENT = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|VALUES)\b")


def session(base, username):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "login.xhtml").read().decode()
    view_state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"signIn": "signIn", "signIn:username": username, "signIn:password": PASSWORD,
                                   "signIn:submit": "", "jakarta.faces.ViewState": view_state}).encode()
    landing = opener.open(base + "login.xhtml", form).read().decode()
    if "Signed in as " + username not in landing:
        sys.exit("sign-in refused for " + username)
    return opener, landing


def statements(log):
    with open(log, encoding="utf-8", errors="replace") as f:
        return sum(1 for line in f if STATEMENT.search(line) and ("SELECT" in line or "INSERT" in line
                                                                     or "UPDATE" in line or "DELETE" in line))


def count(opener, log, path, base):
    opener.open(base + path).read()
    time.sleep(0.5)
    before = statements(log)
    opener.open(base + path).read()
    time.sleep(1.0)  # the log is written asynchronously
    return statements(log) - before


if __name__ == "__main__":
    log = sys.argv[1]
    base = sys.argv[2] if len(sys.argv) > 2 else "http://localhost:8080/cinplan/"
    worker, caseload = session(base, "sw.demo")
    episode = re.search(r"case\.xhtml\?episode=(\d+)", caseload).group(1)
    child = re.search(r"child\.xhtml\?child=(\d+)", caseload).group(1)
    manager, _ = session(base, "tm.demo")
    pages = [(worker, "caseload.xhtml"), (worker, "case.xhtml?episode=" + episode),
             (worker, "child.xhtml?child=" + child), (worker, "api/cases/%s/deadlines" % episode),
             (worker, "meetings.xhtml"), (manager, "dashboard.xhtml"), (manager, "team-caseload.xhtml")]
    print("SQL statements per page view (sw.demo; tm.demo for the dashboard and team's cases):")
    for opener, path in pages:
        print("  %-40s %4d" % (path, count(opener, log, path, base)))
