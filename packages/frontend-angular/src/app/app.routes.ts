// The post's "Guard a route with step-up authentication": the profile route is the post's, OktaAuthGuard and all.
// What the SDK's guard can't judge (the acr ladder, maxAge) is added by step-up/step-up.guard.ts on the routes that need it.
import { Routes } from '@angular/router';
import { OktaAuthGuard } from '@okta/okta-angular';
import { OktaAcr } from 'step-up';

import { RuntimeConfig } from './config/runtime-config';
import { LoginCallbackComponent } from './auth/callback/login-callback.component';
import { SignInUnavailableComponent } from './auth/sign-in-unavailable/sign-in-unavailable.component';
import { HomeComponent } from './home/home.component';
import { NotFoundComponent } from './not-found/not-found.component';
import { ProfileComponent } from './profile/profile.component';
import { stepUpGuard } from './step-up/step-up.guard';

const title = (page: string): string => `${page} · Step-up demo`;

// Pages behind a sign-in are loaded on first visit; home, the profile (written as in the post), the callback
// and the error pages are not.

/** The app's routes; the account page's window comes from the runtime configuration (`accountMaxAge`). */
export const routes = ({ accountMaxAge }: Pick<RuntimeConfig, 'accountMaxAge'>): Routes => [
  { path: '', component: HomeComponent, title: title('Home') },
  {
    path: 'profile',
    component: ProfileComponent,
    canActivate: [OktaAuthGuard],
    data: {
      okta: { acrValues: 'urn:okta:loa:2fa:any' },
    },
    title: title('Profile'),
  },
  {
    path: 'messages',
    loadComponent: () => import('./messages/messages.component').then((module) => module.MessagesComponent),
    title: title('Messages'),
    // Any sign-in opens the page; the API itself asks for more with a step-up challenge.
    canActivate: [OktaAuthGuard],
  },
  {
    path: 'transactions',
    loadComponent: () =>
      import('./transactions/transactions.component').then((module) => module.TransactionsComponent),
    title: title('Transactions'),
    // Any sign-in opens the page; the API asks for step-up when an amount is large.
    canActivate: [OktaAuthGuard],
  },
  {
    path: 'account',
    loadComponent: () => import('./account/account.component').then((module) => module.AccountComponent),
    title: title('Account'),
    // OktaAuthGuard has no maxAge: stepUpGuard adds the auth_time check and leaves signing in to it.
    canActivate: [stepUpGuard],
    data: {
      okta: { maxAge: accountMaxAge },
    },
  },
  {
    path: 'security',
    loadComponent: () => import('./security/security.component').then((module) => module.SecurityComponent),
    title: title('Security'),
    // OktaAuthGuard wants this exact acr; stepUpGuard accepts anything at or above it on the ladder (phrh).
    // Without a passkey the provider answers unmet_authentication_requirements, which the callback explains.
    canActivate: [stepUpGuard],
    data: {
      okta: { acrValues: OktaAcr.PhishingResistant },
    },
  },
  { path: 'login/callback', component: LoginCallbackComponent, title: title('Signing in') },
  {
    path: 'step-up-needed',
    loadComponent: () =>
      import('./step-up/step-up-needed/step-up-needed.component').then(
        (module) => module.StepUpNeededComponent,
      ),
    title: title('A stronger sign-in is needed'),
  },
  {
    path: 'sign-in-unavailable',
    component: SignInUnavailableComponent,
    title: title('Sign-in is unavailable'),
  },
  { path: '**', component: NotFoundComponent, title: title('Page not found') },
];
