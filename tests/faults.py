"""Faults on purpose: does the suite catch them?

    python tests/faults.py                 # every fault, each with the tests mapped to it
    python tests/faults.py --list          # the faults, nothing run
    python tests/faults.py role-register money-37-thousand   # only these
    python tests/faults.py --whole-suite   # each fault against the whole suite (slow: hours on a busy machine)

Each fault is a small text patch (file, old text, new text) of the code a
rule lives in. The script copies this working tree (uncommitted changes
included, .venv and .git left out) into a scratch folder, checks first that
every patch applies exactly once (it stops, loudly, naming the patch, if
one no longer does: the code moved; update the patch), runs the mapped tests
once on the clean copy (they must pass), then for each fault: applies it,
runs its tests (pytest-timeout per test, and a limit for the whole run),
puts the file back. A fault is caught when at least one test fails (or
errors, or times out). It prints a table and "faults introduced / faults
caught", and exits non-zero unless every fault was caught.

Adding a fault: append a Fault to FAULTS (the place for issue 14's faults --
sync, seals, audit -- is marked below), with the tests that should catch it.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN_LIMIT = 1200      # seconds for one pytest run (each test also has pytest-timeout's 60)


@dataclass(frozen=True)
class Fault:
    id: str
    rule: str
    file: str
    old: str
    new: str
    tests: tuple[str, ...]      # pytest arguments: files or node ids


BOUNDARY_SERVICE = "tests/services/test_boundaries.py::"

FAULTS: list[Fault] = [
    # --- roles (issue 16)
    Fault("role-register", "a viewer may not register an application", "app/services/applications.py",
          '(data.applicant_id is then ignored)."""\n    require(db, Perm.APPLICATIONS)\n',
          '(data.applicant_id is then ignored)."""\n',
          ("tests/services/test_roles.py",)),
    Fault("role-score-sheet", "a viewer may not record a score sheet", "app/services/commission.py",
          '    unless both entries agree."""\n    require(db, Perm.MEETINGS)\n',
          '    unless both entries agree."""\n',
          ("tests/services/test_roles.py",)),
    Fault("role-budget-line", "a viewer may not add a budget line", "app/services/projects.py",
          '    used while no expense is booked to it; e.g. an in-kind contribution)."""\n    require(db, P)\n',
          '    used while no expense is booked to it; e.g. an in-kind contribution)."""\n',
          ("tests/services/test_roles.py",)),
    # --- amounts in words
    Fault("words-ru-teens", "Russian 13-19 thousand: «тринадцать тысяч»", "app/domain/amount_words.py",
          "    if 11 <= n <= 19:\n", "    if 11 <= n <= 12:\n",
          ("tests/domain/test_amount_words.py",)),
    Fault("words-ky-90", "Kyrgyz 90: «токсон»", "app/domain/amount_words.py",
          '"сексен", "токсон")', '"сексен", "токсан")',
          ("tests/domain/test_amount_words.py",)),
    # --- money parsing
    Fault("money-37-thousand", "«37.000» is refused (read as 37 000 som)", "app/domain/money.py",
          '            raise MoneyError("ambiguous", thousands=',
          '            return whole + frac, ""\n            raise MoneyError("ambiguous", thousands=',
          ("tests/domain/test_money.py",
           BOUNDARY_SERVICE + "test_an_ambiguous_expense_is_refused_with_both_readings_and_nothing_saved",
           "tests/ui/test_money_fields.py")),
    Fault("money-37-som", "«37.000» is refused (read as 37 som)", "app/domain/money.py",
          '            raise MoneyError("ambiguous", thousands=',
          '            return whole, frac[:2]\n            raise MoneyError("ambiguous", thousands=',
          ("tests/domain/test_money.py",
           BOUNDARY_SERVICE + "test_an_ambiguous_expense_is_refused_with_both_readings_and_nothing_saved")),
    Fault("money-precision", "at most two decimals (no tyiyn fractions)", "app/domain/money.py",
          '            raise MoneyError("format")\n        if len(frac) > 2:\n            raise MoneyError("precision")\n',
          '            raise MoneyError("format")\n',
          ("tests/domain/test_money.py", "tests/services/test_competitions.py")),
    # --- budget
    Fault("budget-over-plan-local-only", "an overspent line is shown whatever its source", "app/domain/budget.py",
          "        if line.actual > line.planned:\n",
          '        if line.actual > line.planned and str(line.source) == "local_budget":\n',
          ("tests/domain/test_budget.py",)),
    Fault("budget-award-equal", "a local part equal to the (partial) award is fine", "app/domain/budget.py",
          "    if planned[local] > award:\n", "    if planned[local] >= award:\n",
          ("tests/domain/test_budget.py",)),
    # --- the protocol
    Fault("protocol-score-plus-one", "each member's printed score", "app/reports/protocol.py",
          'cells.append("—" if v is None else format(v.normalize(), "f")',
          'cells.append("—" if v is None else format((v + 1).normalize(), "f")',
          ("tests/reports/test_protocol.py",)),
    Fault("protocol-present-all", "the quorum line counts the members present", "app/reports/protocol.py",
          '"present": len(present & set(names))', '"present": len(members)',
          ("tests/reports/test_protocol.py",)),
    # --- commission decision
    Fault("award-cut-off", "the last winner gets only what is left", "app/domain/commission.py",
          '            out.append(Award(c.application_id, i, "winner", left))\n',
          '            out.append(Award(c.application_id, i, "winner", c.requested_tyiyn))\n',
          ("tests/domain/test_boundaries.py",
           BOUNDARY_SERVICE + "test_the_decision_uses_the_allocation_to_the_last_tyiyn")),
    Fault("min-score-equal", "a score equal to the minimum passes", "app/domain/commission.py",
          "(c.score is None or c.score < min_score)", "(c.score is None or c.score <= min_score)",
          ("tests/domain/test_boundaries.py",
           BOUNDARY_SERVICE + "test_a_score_equal_to_the_minimum_is_not_rejected")),
    Fault("quorum-half", "exactly half is not a quorum", "app/domain/commission.py",
          "        return members // 2 + 1\n", "        return (members + 1) // 2\n",
          ("tests/domain/test_commission.py", "tests/services/test_commission.py")),
    # --- deadline and lifecycle
    Fault("deadline-day-late", "received on the deadline day is on time", "app/domain/lifecycle.py",
          "received_on > deadline_on", "received_on >= deadline_on",
          ("tests/domain/test_boundaries.py",
           BOUNDARY_SERVICE + "test_received_on_the_deadline_day_is_on_time_the_next_day_is_late")),
    Fault("close-on-deadline", "applications close on the deadline day, not before", "app/domain/lifecycle.py",
          "today < facts.deadline_on:", "today <= facts.deadline_on:",
          ("tests/domain/test_boundaries.py",
           BOUNDARY_SERVICE + "test_applications_close_on_the_deadline_day_not_before")),
    # --- participants and indicators
    Fault("part-of-whom", "an «of whom» part may not exceed its whole", "app/domain/participants.py",
          "            if part > whole:\n", "            if part > whole and k.additive:\n",
          ("tests/domain/test_boundaries.py", "tests/domain/test_participants.py",
           BOUNDARY_SERVICE + "test_a_part_equal_to_its_whole_is_saved_one_more_is_refused")),
    Fault("indicator-children", "sub-indicators may not add up to more than their parent", "app/domain/programs.py",
          "            if kids and total > ind.final_target:\n",
          "            if kids and total > ind.final_target + 1:\n",
          ("tests/domain/test_boundaries.py",
           BOUNDARY_SERVICE + "test_sub_indicators_may_add_up_to_their_parent_not_more")),
    # --- the GUI's common form
    Fault("form-ok-disconnected", "the form dialog's OK saves", "app/ui/program_dialogs.py",
          "        self.buttons.accepted.connect(self._on_ok)\n", "",
          ("tests/ui/test_commission_ui.py", "tests/ui/test_projects_ui.py")),
    # --- a dialog run modally stays Qt's (a collector-deleted dialog crashed the program)
    Fault("dialog-left-to-python", "a dialog is handed back to Qt after exec()", "app/ui/modal.py",
          "    dialog.deleteLater()\n", "",
          ("tests/ui/test_modal.py",)),
    # --- sync: a package imported before is still checked to be the signed file
    Fault("reimport-unchecked-parts", "a re-sent package's parts match the signed manifest",
          "app/sync/package.py",
          "        if _sha(blob) != digest:\n            raise PackageError(\"hash_mismatch\", name=name)\n",
          "        if _sha(blob) != digest and not (applied and applied(manifest[\"package_id\"])):\n"
          "            raise PackageError(\"hash_mismatch\", name=name)\n",
          ("tests/sync/test_sync_refusals.py",)),
    # --- issue 14 (sync, seals, audit): add their faults here, each with the tests that should catch it
]


# ---------------------------------------------------------------------------


def scratch_copy() -> Path:
    """This working tree as it is now (tracked and new files), without .git and .venv."""
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           check=True, capture_output=True).stdout.decode().split("\0")
    target = Path(tempfile.mkdtemp(prefix="demilge-faults-"))
    for name in filter(None, files):
        src = ROOT / name
        if src.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target / name)
    found = subprocess.run([sys.executable, "-c", "import app; print(app.__file__)"], cwd=target,
                           capture_output=True, text=True, check=True).stdout.strip()
    if not Path(found).resolve().is_relative_to(target.resolve()):
        sys.exit(f"the scratch copy would import app from {found}, not from {target}: stopped")
    return target


def check_patches(root: Path, faults: list[Fault]) -> None:
    problems = []
    for f in faults:
        path = root / f.file
        count = path.read_text(encoding="utf-8").count(f.old) if path.exists() else -1
        if count != 1:
            why = "the file is missing" if count < 0 else f"its old text is found {count} times, not once"
            problems.append(f"  {f.id}: {f.file}: {why}")
    if problems:
        sys.exit("PATCHES NO LONGER APPLY -- the code moved; update them in tests/faults.py:\n" + "\n".join(problems))


def run_pytest(copy: Path, args: list[str]) -> tuple[int, list[str], float, str]:
    """Exit code, the failing tests, seconds, the last lines."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    env.pop("DEMILGE_SCREENSHOT_DIR", None)
    started = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rfE",
                               "--maxfail=10", *args], cwd=copy, env=env, capture_output=True, text=True,
                              timeout=RUN_LIMIT)
        code, out = done.returncode, done.stdout + done.stderr
    except subprocess.TimeoutExpired as exc:
        code, out = -1, f"killed after {RUN_LIMIT} s\n" + (exc.stdout or b"").decode(errors="replace")
    failed = re.findall(r"^(?:FAILED|ERROR) (\S+)", out, flags=re.M)
    tail = "\n".join(out.strip().splitlines()[-3:])
    return code, failed, time.monotonic() - started, tail


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Introduce each fault in a scratch copy and run its tests.")
    parser.add_argument("ids", nargs="*", help="only these faults")
    parser.add_argument("--list", action="store_true", help="list the faults and stop")
    parser.add_argument("--whole-suite", action="store_true", help="run the whole suite for every fault")
    parser.add_argument("--keep", action="store_true", help="keep the scratch copy")
    args = parser.parse_args(argv)
    unknown = set(args.ids) - {f.id for f in FAULTS}
    if unknown:
        sys.exit(f"no such fault: {', '.join(sorted(unknown))} (see --list)")
    faults = [f for f in FAULTS if not args.ids or f.id in args.ids]
    if args.list:
        for f in faults:
            print(f"{f.id:30} {f.file:32} {f.rule}\n{'':30} tests: {' '.join(f.tests)}")
        return 0
    check_patches(ROOT, faults)
    copy = scratch_copy()
    print(f"scratch copy: {copy}", flush=True)
    try:
        tests_of = {f.id: (["tests"] if args.whole_suite else list(f.tests)) for f in faults}
        baseline = sorted({t for ts in tests_of.values() for t in ts})
        code, failed, seconds, tail = run_pytest(copy, baseline)
        print(f"clean copy: {'passes' if code == 0 else 'FAILS'} ({seconds:.0f} s)", flush=True)
        if code != 0:
            print(tail)
            print("The mapped tests must pass before faults mean anything: stopped.")
            return 2
        rows = []
        for f in faults:
            path = copy / f.file
            original = path.read_text(encoding="utf-8")
            path.write_text(original.replace(f.old, f.new, 1), encoding="utf-8")
            try:
                code, failed, seconds, tail = run_pytest(copy, tests_of[f.id])
            finally:
                path.write_text(original, encoding="utf-8")
            caught = code != 0
            how = (f"{len(failed)}{'+' if len(failed) >= 10 else ''} failed" if failed else
                   ("timed out" if code == -1 else f"exit {code}")) if caught else "MISSED: all passed"
            rows.append((f, caught, how, seconds, failed[:1]))
            print(f"  {f.id:30} {'caught' if caught else 'MISSED':7} {how:18} {seconds:5.0f} s", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(copy, ignore_errors=True)
    print()
    print(f"{'fault':30} {'rule':52} {'result':22} {'first failing test'}")
    print("-" * 150)
    for f, caught, how, seconds, first in rows:
        print(f"{f.id:30} {f.rule[:52]:52} {('caught: ' + how) if caught else how:22} "
              f"{first[0][:70] if first else ''}")
    caught_n = sum(1 for r in rows if r[1])
    print()
    print(f"faults introduced: {len(rows)} / faults caught: {caught_n}")
    return 0 if caught_n == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
