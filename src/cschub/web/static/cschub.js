// Starts GOV.UK Frontend's components; every page works without it.
import { initAll } from '/static/govuk/govuk-frontend.min.js'
initAll()
