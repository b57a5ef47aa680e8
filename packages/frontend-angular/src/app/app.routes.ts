import { Routes } from '@angular/router';
import { OktaAuthGuard } from '@okta/okta-angular';
import { OktaAcr } from 'step-up';

import { LoginCallbackComponent } from './auth/callback/login-callback.component';
import { SignInUnavailableComponent } from './auth/sign-in-unavailable/sign-in-unavailable.component';
import { HomeComponent } from './home/home.component';
import { MessagesComponent } from './messages/messages.component';
import { NotFoundComponent } from './not-found/not-found.component';
import { ProfileComponent } from './profile/profile.component';
import { SecurityComponent } from './security/security.component';

const title = (page: string): string => `${page} · Step-up demo`;

export const routes: Routes = [
  { path: '', component: HomeComponent, title: title('Home') },
  {
    path: 'profile',
    component: ProfileComponent,
    title: title('Profile'),
    // OktaAuthGuard signs in with acr_values=urn:okta:loa:2fa:any unless the ID token's acr is exactly that.
    canActivate: [OktaAuthGuard],
    data: {
      okta: { acrValues: 'urn:okta:loa:2fa:any' },
    },
  },
  {
    path: 'messages',
    component: MessagesComponent,
    title: title('Messages'),
    // Any sign-in opens the page; the API itself asks for more with a step-up challenge.
    canActivate: [OktaAuthGuard],
  },
  {
    path: 'security',
    component: SecurityComponent,
    title: title('Security'),
    // The top of the ladder: without a passkey the provider answers unmet_authentication_requirements.
    canActivate: [OktaAuthGuard],
    data: {
      okta: { acrValues: OktaAcr.PhishingResistant },
    },
  },
  { path: 'login/callback', component: LoginCallbackComponent, title: title('Signing in') },
  {
    path: 'sign-in-unavailable',
    component: SignInUnavailableComponent,
    title: title('Sign-in is unavailable'),
  },
  { path: '**', component: NotFoundComponent, title: title('Page not found') },
];
