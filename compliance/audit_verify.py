"""Check an unzipped audit pack offline: python verify.py [folder]

Standard library only. Copied into every audit pack as verify.py. It checks:
1. every file listed in SHA256SUMS has that SHA-256 (and manifest.json agrees with SHA256SUMS);
2. every record in records.jsonl hashes to its record_hash, exactly as the platform computes it
   (SHA-256 of the JSON of the hashed fields, keys sorted, UTF-8);
3. the chain links: a record at position 1 follows the zero hash, a record directly after
   another exported record names that record's hash as previous_hash, and the record at the
   chain's last position has the chain head's hash;
4. every certificate in certificates/ belongs to an exported record.
Prints OK or FAIL per check; exits with 1 when anything failed."""

import hashlib
import json
import sys
from pathlib import Path

ZERO_HASH = "0" * 64
NOT_HASHED = ("position", "record_hash")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def record_hash(record: dict) -> str:
    payload = {key: value for key, value in record.items() if key not in NOT_HASHED}
    encoded = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()


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


def check_records(folder: Path, manifest: dict, report: Report) -> set[str]:
    records = []
    with (folder / "records.jsonl").open(encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            record = json.loads(line)
            records.append(record)
            report.check(
                record_hash(record) == record.get("record_hash"),
                f"record {record.get('verification_code')} (line {number}): contents match hash",
            )
    chain = manifest.get("completion_chain", {})
    by_position = {r["position"]: r for r in records if r.get("position")}
    for position, record in sorted(by_position.items()):
        code = record.get("verification_code")
        if position == 1:
            report.check(record["previous_hash"] == ZERO_HASH, f"record {code}: first in chain")
        before = by_position.get(position - 1)
        if before is not None:
            report.check(
                record["previous_hash"] == before["record_hash"],
                f"record {code}: follows record {before.get('verification_code')}",
            )
        if position == chain.get("records"):
            report.check(
                record["record_hash"] == chain.get("head_hash"), f"record {code}: is the chain head"
            )
    return {r.get("verification_code") for r in records}


def check_certificates(folder: Path, codes: set[str], report: Report) -> None:
    for path in sorted((folder / "certificates").glob("*.pdf")):
        report.check(path.stem in codes, f"certificate {path.name}: belongs to an exported record")


def main(folder: Path) -> int:
    report = Report()
    try:
        manifest = check_files(folder, report)
        codes = check_records(folder, manifest, report)
        check_certificates(folder, codes, report)
    except (OSError, ValueError, KeyError, TypeError) as error:
        report.check(False, f"the pack could not be read: {error!r}")
    print("RESULT: " + ("OK" if not report.failures else f"FAIL ({report.failures} problem(s))"))
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
