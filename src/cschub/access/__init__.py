"""One door to personal data: accounts, the access policy, and the hash-chained audit log.

Every read of person-level data goes through :func:`cschub.access.read.read_child` (or another
function of ``read``), which checks the policy and appends an audit entry in the same
transaction as the read.
"""
