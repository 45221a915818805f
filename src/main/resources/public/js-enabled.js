// Runs first in <body>, before anything is drawn: GOV.UK Frontend styles its components for
// JavaScript only when the body says it is there (and the browser supports ES modules).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
