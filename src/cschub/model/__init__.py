"""The standard dataset: one machine-readable spec, DDL per dialect, code sets per year."""

from cschub.model.codesets import CodeRow, code_set_table, codes_valid_in, load_code_sets
from cschub.model.ddl import DIALECTS, Dialect, create_statements, generate_ddl
from cschub.model.docs import render_data_dictionary, write_data_dictionary
from cschub.model.specfile import SpecError, load_spec, validate_spec
from cschub.model.tables import Field, ForeignKey, Reference, Spec, Table

__all__ = [
    "DIALECTS",
    "CodeRow",
    "Dialect",
    "Field",
    "ForeignKey",
    "Reference",
    "Spec",
    "SpecError",
    "Table",
    "code_set_table",
    "codes_valid_in",
    "create_statements",
    "generate_ddl",
    "load_code_sets",
    "load_spec",
    "render_data_dictionary",
    "validate_spec",
    "write_data_dictionary",
]
