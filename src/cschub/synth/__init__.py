"""Synthetic local authority: simulate children's social care and write its statutory returns.

from cschub.synth import generate
manifest = generate(Path("out"), children=50_000, years=(2019, 2026), la="E09000027", seed=1)
"""

from .generate import generate

__all__ = ["generate"]
