import { bootstrapApplication } from '@angular/platform-browser';

import { AppComponent } from './app/app.component';
import { appConfig } from './app/app.config';
import { loadRuntimeConfig } from './app/config/load-runtime-config';
import { renderStartupError } from './app/config/startup-error';

// The issuer and client id come from /config.json at start-up, so one build serves any environment.
loadRuntimeConfig(window.fetch.bind(window))
  .then((runtimeConfig) => bootstrapApplication(AppComponent, appConfig(runtimeConfig)))
  .catch((error: unknown) => {
    renderStartupError(document, error);
    // Hands the error to the browser's usual reporting (console, error listeners) with its stack.
    reportError(error);
  });
