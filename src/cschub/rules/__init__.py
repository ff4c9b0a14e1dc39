"""The DfE validation rules for SSDA903 and the CIN census, as SQL over the returns layer."""

from cschub.rules.catalogue import Rule, rules_for
from cschub.rules.engine import Issue, RuleResult, ValidationRun, validate_submission

__all__ = ["Issue", "Rule", "RuleResult", "ValidationRun", "rules_for", "validate_submission"]
