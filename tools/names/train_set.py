"""Write the name model's training lines: the generator's lines plus the development packs.

usage: python tools/names/train_set.py GENERATED.jsonl OUT.jsonl

The packs (tools/names/packs/, README there) are labelled logs of 12 formats each, written by
outside writers; their variety of formats is what the generator alone lacks (leave-one-pack-out:
a model trained with two packs is more precise on the third). Each development pack adds
``PER_FAMILY`` records per family, drawn with ``SEED`` (not the seed of its shipped file, which
stays an evaluation file). Held-out packs are never read here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

#: development packs (read and tuned on); the held-out packs must never be listed here
DEV_PACKS = (
    "pack_a", "pack_b", "pack_d", "pack_e", "pack_f", "pack_g", "pack_i", "pack_j", "pack_k", "pack_l",
    "pack_m", "pack_o", "pack_p", "pack_r", "pack_s", "pack_t", "pack_u", "pack_w", "pack_x", "pack_z",
)
HELD_OUT_PACKS = ("pack_c", "pack_h", "pack_n", "pack_q", "pack_v", "pack_y", "pack_aa", "pack_ab", "pack_ac",
                  "pack_ad", "pack_ae", "pack_af", "pack_ag")
PER_FAMILY = 100
SEED = 11

_PACKS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "packs")


def main(argv: list[str]) -> None:
    generated, out = argv[1], argv[2]
    assert not set(DEV_PACKS) & set(HELD_OUT_PACKS)
    ranges: dict[str, list[int]] = {}
    with open(out, "w", encoding="utf-8") as dst:
        with open(generated, encoding="utf-8") as src:
            lines = src.readlines()
        dst.writelines(lines)
        at = len(lines)
        for pack in DEV_PACKS:
            tmp = f"{out}.{pack}"
            subprocess.run(
                [sys.executable, os.path.join(_PACKS, pack, "generate.py"), "--per-family", str(PER_FAMILY),
                 "--seed", str(SEED), "--out", tmp],
                check=True, stdout=subprocess.DEVNULL,
            )
            with open(tmp, encoding="utf-8") as src:
                lines = src.readlines()
            dst.writelines(lines)
            ranges[pack] = [at, at + len(lines)]
            at += len(lines)
            os.remove(tmp)
    # which lines each pack wrote (benchmarks/uncased_lopo.py holds packs out of training by these)
    with open(out + ".packs.json", "w", encoding="utf-8") as fh:
        json.dump(ranges, fh, indent=1, sort_keys=True)
    print(f"wrote {out}: generated lines + {', '.join(DEV_PACKS)} ({PER_FAMILY} per family, seed {SEED})",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
