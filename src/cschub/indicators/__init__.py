"""National framework indicators: the catalogue, computing them from the standard dataset,
published DfE benchmarks, and disclosure control for publishing."""
