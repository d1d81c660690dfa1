"""Check an unzipped audit pack offline: python verify.py [folder] [--against POSITION:HASH]

Standard library only. Copied into every audit pack as verify.py, beside completion_hash.py
(the platform's own definition of which fields a record's hash covers). It checks:
1. every file listed in SHA256SUMS has that SHA-256 (and manifest.json agrees with SHA256SUMS);
2. every record in records.jsonl hashes to its record_hash, exactly as the platform computes it
   (SHA-256 of the JSON of the hashed fields, keys sorted, UTF-8); in a version 2 record the
   learner, the outcome source and the position are hashed too;
3. the chain links: a record at position 1 follows the zero hash, a record directly after
   another exported record names that record's hash as previous_hash and is not dated before
   it, and the record at the head's position has the head's hash;
4. every certificate in certificates/ belongs to an exported record;
5. with --against, a chain head published earlier (in an e-mail to compliance officers or an
   older pack): the pack's head must not be behind it, and must be it at the same position.
Prints OK or FAIL per check; exits with 1 when anything failed."""

import hashlib
import json
import sys
from pathlib import Path

try:  # inside the platform
    from courses.completion_hash import ZERO_HASH, completion_hash, completion_payload
except ImportError:  # in an unzipped audit pack, beside this file
    from completion_hash import ZERO_HASH, completion_hash, completion_payload


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def record_hash(record: dict) -> str:
    return completion_hash(completion_payload(record))


class Report:
    def __init__(self):
        self.failures = 0

    def check(self, ok: bool, what: str) -> bool:
        print(("OK   " if ok else "FAIL ") + what)
        self.failures += 0 if ok else 1
        return ok


def check_files(folder: Path, report: Report) -> dict[str, str]:
    sums = {}
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(None, 1)
            sums[name.lstrip("*")] = digest
    for name, digest in sorted(sums.items()):
        path = folder / name
        ok = path.is_file() and sha256_file(path) == digest
        report.check(ok, f"file {name}: SHA-256" + ("" if path.is_file() else " (missing)"))
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    listed = {name: digest for name, digest in sums.items() if name != "manifest.json"}
    report.check(manifest.get("files") == listed, "manifest.json lists the same files and hashes")
    return manifest


def check_records(folder: Path, manifest: dict, report: Report) -> tuple[dict, set[str]]:
    records = []
    with (folder / "records.jsonl").open(encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            record = json.loads(line)
            records.append(record)
            code = record.get("verification_code")
            report.check(
                record_hash(record) == record.get("record_hash"),
                f"record {code} (line {number}): contents match hash",
            )
    chain = manifest["completion_chain"]
    report.check(
        chain["head"] == f"{chain['head_position']}:{chain['head_hash']}" and chain["read_at"],
        f"manifest names the chain head {chain['head']}, read at {chain['read_at']}",
    )
    by_position = {r["position"]: r for r in records if r.get("position")}
    for position, record in sorted(by_position.items()):
        code = record.get("verification_code")
        if position == 1:
            report.check(record["previous_hash"] == ZERO_HASH, f"record {code}: first in chain")
        before = by_position.get(position - 1)
        if before is not None:
            report.check(
                record["previous_hash"] == before["record_hash"]
                and record["completed_at"] >= before["completed_at"],
                f"record {code}: follows record {before.get('verification_code')}",
            )
        if position == chain["head_position"]:
            report.check(
                record["record_hash"] == chain["head_hash"], f"record {code}: is the chain head"
            )
    return by_position, {r.get("verification_code") for r in records}


def check_against(manifest: dict, positions: dict, published: str, report: Report) -> None:
    chain = manifest["completion_chain"]
    position, _, head_hash = published.strip().lower().partition(":")
    position = int(position)
    report.check(
        chain["head_position"] >= position,
        f"the pack's chain head (position {chain['head_position']}) is not behind the published "
        f"head (position {position})",
    )
    if chain["head_position"] == position:
        report.check(chain["head_hash"] == head_hash, f"the pack's head is the head {published}")
    elif position in positions:
        report.check(
            positions[position]["record_hash"] == head_hash,
            f"the pack's record at position {position} has the published hash",
        )


def check_certificates(folder: Path, codes: set[str], report: Report) -> None:
    for path in sorted((folder / "certificates").glob("*.pdf")):
        report.check(path.stem in codes, f"certificate {path.name}: belongs to an exported record")


def main(folder: Path, against: str | None = None) -> int:
    report = Report()
    try:
        manifest = check_files(folder, report)
        positions, codes = check_records(folder, manifest, report)
        check_certificates(folder, codes, report)
        if against:
            check_against(manifest, positions, against, report)
    except (OSError, ValueError, KeyError, TypeError) as error:
        report.check(False, f"the pack could not be read: {error!r}")
    print("RESULT: " + ("OK" if not report.failures else f"FAIL ({report.failures} problem(s))"))
    return 1 if report.failures else 0


def arguments(argv: list[str]) -> tuple[Path, str | None]:
    against = None
    if "--against" in argv:
        at = argv.index("--against")
        against, argv = argv[at + 1], argv[:at] + argv[at + 2 :]
    return (Path(argv[0]) if argv else Path(__file__).resolve().parent), against


if __name__ == "__main__":
    sys.exit(main(*arguments(sys.argv[1:])))
