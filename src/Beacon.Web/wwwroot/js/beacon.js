// Progressive enhancement only: every page works without this file.
import { initAll as initGovUk } from '/lib/govuk/govuk-frontend.min.js'
import { initAll as initMoj } from '/lib/moj/moj-frontend.min.js'

initGovUk()
initMoj()

// Idle timeout warning (30 minutes, warned 5 minutes before). Without JavaScript the server still
// ends the session and the sign-in page says why.
function initTimeoutWarning (dialog) {
  const timeout = Number(dialog.dataset.timeoutSeconds) * 1000
  const warning = Number(dialog.dataset.warningSeconds) * 1000
  const remaining = dialog.querySelector('[data-timeout-remaining]')
  const form = dialog.querySelector('[data-timeout-keep-alive]')
  let deadline, warnTimer, tick

  const minutesLeft = () => Math.max(1, Math.ceil((deadline - Date.now()) / 60000))
  const showRemaining = () => {
    const m = minutesLeft()
    remaining.textContent = m === 1 ? '1 minute' : `${m} minutes`
  }

  const start = () => {
    deadline = Date.now() + timeout
    clearTimeout(warnTimer)
    clearInterval(tick)
    warnTimer = setTimeout(() => {
      showRemaining()
      if (!dialog.open) dialog.showModal()
      tick = setInterval(() => {
        if (Date.now() >= deadline) {
          window.location.href = '/sign-in?signedOut=idle'
        } else {
          showRemaining()
        }
      }, 15000)
    }, timeout - warning)
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const token = form.querySelector('input[name="__RequestVerificationToken"]').value
    const response = await fetch(form.action, { method: 'POST', headers: { 'X-CSRF-TOKEN': token }, credentials: 'same-origin', redirect: 'manual' })
    if (response.status === 204) {
      dialog.close()
      start()
    } else {
      window.location.href = '/sign-in?signedOut=ended'
    }
  })
  dialog.addEventListener('cancel', () => form.requestSubmit())
  start()
}

document.querySelectorAll('[data-module="app-timeout-warning"]').forEach(initTimeoutWarning)
