"""`Finding`: one detected span of the original text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """A detected span ``text[start:end]`` of entity type ``entity``.

    Offsets are Python ``str`` indices (code points) into the *original* text:
    redaction never searches for the value again, it only trusts these offsets.
    ``score`` is the backend's raw confidence in 0..1; thresholds belong to the policy.
    The value itself is deliberately not stored, so a Finding can be logged safely.
    """

    start: int
    end: int
    entity: str
    score: float = 1.0
    source: str = ""

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def shifted(self, offset: int) -> Finding:
        """The same finding moved by ``offset`` characters (for packed/joined texts)."""
        return Finding(self.start + offset, self.end + offset, self.entity, self.score, self.source)

    def as_dict(self) -> dict[str, object]:
        """The value-free JSON form used by ``piiredact scan`` and reports."""
        return {
            "start": self.start,
            "end": self.end,
            "entity": self.entity,
            "score": round(self.score, 4),
            "source": self.source,
        }
