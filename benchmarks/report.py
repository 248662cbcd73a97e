"""What the benchmark scripts share: the machine's CPU name, and writing one `## ` section of
benchmarks/RESULTS.md while leaving the other sections as they are."""
import platform
from pathlib import Path


def cpu_name() -> str:
    """The CPU model as /proc/cpuinfo names it (else what platform knows)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def write_section(path: Path, heading: str, lines: list[str]) -> None:
    """Replace the section that starts with the line `heading` (up to the next `## `) by `lines`,
    or add them at the end; `lines` start with the heading."""
    path = Path(path)
    old = path.read_text(encoding="utf-8").rstrip("\n").split("\n") if path.exists() else ["# Benchmark results"]
    if heading in old:
        start = old.index(heading)
        end = next((i for i in range(start + 1, len(old)) if old[i].startswith("## ")), len(old))
    else:
        old.append("")
        start = end = len(old)
    rest = old[end:]
    new = old[:start] + lines + ([""] + rest if rest else [])
    path.write_text("\n".join(new).rstrip("\n") + "\n", encoding="utf-8")
