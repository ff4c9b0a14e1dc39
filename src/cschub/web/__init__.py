"""The web app: the dashboard, validation results and loads, and the doors to personal data
(sign-in, a child's record through access/, the DPO's views). Server-rendered GOV.UK pages
that work without JavaScript; every page also answers ``.json`` and ``.csv``."""
