// A strict Content-Security-Policy and the usual security headers on every response. The SPA is
// scripts and stylesheets from our own origin (the page's, and those of the screens it loads on
// demand from /assets/); nothing inline, nothing from elsewhere.
import { secureHeaders } from 'hono/secure-headers';

export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
  });
}
