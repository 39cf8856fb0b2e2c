// Progressive enhancement only: every page works without this file.
import { initAll as initGovUk } from '/lib/govuk/govuk-frontend.min.js'
import { initAll as initMoj } from '/lib/moj/moj-frontend.min.js'

initGovUk()
initMoj()
