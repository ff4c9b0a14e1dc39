"""The first store: load bookkeeping, the returns layer, the standard dataset, code sets.

Revision ID: 0001
Revises:
"""

from alembic import op

from cschub.store_schema import create_all

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_all(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("the first version of the store cannot be downgraded")
